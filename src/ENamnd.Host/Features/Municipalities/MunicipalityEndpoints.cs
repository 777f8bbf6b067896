using ENamnd.Activities.Municipalities;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The member municipalities (medlemskommuner) and their population figures: the shipped reference data and the years the coordinator imports.</summary>
public static class MunicipalityEndpoints
{
    /// <summary>
    /// Maps <c>GET /api/municipalities</c>, <c>GET /api/municipalities/{codeOrName}</c>, and <c>GET</c> and <c>POST
    /// /api/municipalities/population</c> (the years there are; an import of SCB's file for a year).
    /// </summary>
    public static IEndpointRouteBuilder MapMunicipalityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/municipalities", "Kommuner");
        api.MapGet("", List).WithSummary("Lista medlemskommunerna").WithDescription("Officiella namn, kommunkoder och folkmängd per år.");
        api.MapGet("/population", Years).WithSummary("Lista åren med folkmängd");
        // Coordinators only (API key or login cookie, whose SameSite policy keeps other sites out); API clients send no antiforgery token.
        // No Accepts metadata: it would refuse other bodies with a bare 415, where the upload reader answers a Swedish 400.
        api.MapPost("/population", ImportAsync).DisableAntiforgery().WithSummary("Importera ett års folkmängd från SCB")
            .WithDescription("multipart/form-data med fälten year och file (SCB:s CSV-fil).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{codeOrName}", Get).WithSummary("Hämta en kommun med kod eller namn").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Ok<List<MunicipalityView>> List(MunicipalityRegistry municipalities) =>
        TypedResults.Ok(municipalities.All.Select(MunicipalityView.From).ToList());

    private static Ok<PopulationYearsView> Years(MunicipalityRegistry municipalities) => TypedResults.Ok(PopulationYearsView.From(municipalities));

    private static async Task<Results<Ok<PopulationImportView>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpRequest request, MunicipalityPopulations populations, CancellationToken ct)
    {
        var (upload, problem) = await PopulationUpload.ReadAsync(request, ct);
        if (problem is not null) return problem;
        var result = await populations.ImportAsync(upload!.Year, upload.Content, ct);
        if (result.IsDone) return TypedResults.Ok(result.Value!);
        if (result.Status == CommandStatus.Conflict) return ApiProblems.Conflict(result.Errors[0]);
        return ApiProblems.Invalid($"Folkmängden för {upload.Year} har inte importerats och inget har sparats. {result.Error}", result.Errors, title: ImportFailed);
    }

    private const string ImportFailed = "Filen kunde inte importeras";

    private static Results<Ok<MunicipalityView>, ProblemHttpResult> Get(string codeOrName, MunicipalityRegistry municipalities) =>
        municipalities.Find(codeOrName) is { } municipality
            ? TypedResults.Ok(MunicipalityView.From(municipality))
            : ApiProblems.NotFound($"Kommunen '{codeOrName}' finns inte bland medlemskommunerna.");
}
