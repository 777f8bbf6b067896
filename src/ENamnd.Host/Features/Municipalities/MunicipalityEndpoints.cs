using ENamnd.Activities.Municipalities;
using ENamnd.Host.Infrastructure.Http;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The member municipalities (medlemskommuner) and their population figures, read-only reference data.</summary>
public static class MunicipalityEndpoints
{
    /// <summary>Maps <c>GET /api/municipalities</c> and <c>GET /api/municipalities/{codeOrName}</c>.</summary>
    public static IEndpointRouteBuilder MapMunicipalityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/municipalities", "Kommuner");
        api.MapGet("", List);
        api.MapGet("/{codeOrName}", Get);
        return app;
    }

    private static IResult List(MunicipalityRegistry municipalities) =>
        TypedResults.Ok(municipalities.All.Select(MunicipalityView.From).ToList());

    private static IResult Get(string codeOrName, MunicipalityRegistry municipalities) =>
        municipalities.Find(codeOrName) is { } municipality
            ? TypedResults.Ok(MunicipalityView.From(municipality))
            : Problems.NotFound($"Kommunen '{codeOrName}' finns inte bland medlemskommunerna.");
}
