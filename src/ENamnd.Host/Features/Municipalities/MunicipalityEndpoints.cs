using ENamnd.Activities.Municipalities;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The member municipalities (medlemskommuner) and their population figures, read-only reference data.</summary>
public static class MunicipalityEndpoints
{
    /// <summary>Maps <c>GET /api/municipalities</c> and <c>GET /api/municipalities/{codeOrName}</c>.</summary>
    public static IEndpointRouteBuilder MapMunicipalityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/municipalities", "Kommuner");
        api.MapGet("", List);
        api.MapGet("/{codeOrName}", Get).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Ok<List<MunicipalityView>> List(MunicipalityRegistry municipalities) =>
        TypedResults.Ok(municipalities.All.Select(MunicipalityView.From).ToList());

    private static Results<Ok<MunicipalityView>, ProblemHttpResult> Get(string codeOrName, MunicipalityRegistry municipalities) =>
        municipalities.Find(codeOrName) is { } municipality
            ? TypedResults.Ok(MunicipalityView.From(municipality))
            : ApiProblems.NotFound($"Kommunen '{codeOrName}' finns inte bland medlemskommunerna.");
}
