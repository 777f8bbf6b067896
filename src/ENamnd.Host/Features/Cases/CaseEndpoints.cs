using ENamnd.Host.Infrastructure.Http;
using ENamnd.Workflows.Cases;


namespace ENamnd.Host.Features.Cases;

/// <summary>The coordinator's cases API: start, list, follow and cancel cases, and record the contract signed in procurement.</summary>
public static class CaseEndpoints
{
    /// <summary>Maps <c>/api/cases</c>.</summary>
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/cases", "Ärenden");
        api.MapPost("", async (HttpRequest request, CaseService cases, CaseQueries queries, CancellationToken ct) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<CreateCaseRequest>(request, ct);
            if (problem is not null) return problem;
            return await (await cases.CreateAsync(body!, ct)).ToResultAsync(async caseId => Results.Created($"/api/cases/{caseId}", await queries.FindAsync(caseId, ct)));
        });
        api.MapGet("", async (string? phase, string? status, CaseQueries queries, CancellationToken ct) =>
        {
            CaseStatus? wanted = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                    return Problems.Invalid($"Okänd status '{status}' (giltiga: {string.Join(", ", Enum.GetNames<CaseStatus>())}).");
                wanted = parsed;
            }
            return Results.Ok(await queries.ListAsync(phase, wanted, ct));
        });
        api.MapGet("/{id}", async (string id, CaseQueries queries, CancellationToken ct) =>
            await queries.FindAsync(Key(id), ct) is { } found ? Results.Ok(found) : Problems.NotFound($"Ärendet '{id}' finns inte."));
        api.MapPost("/{id}/cancel", async (string id, HttpRequest request, CaseService cases, CaseQueries queries, CancellationToken ct) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<CancelCaseRequest>(request, ct);
            if (problem is not null) return problem;
            return await (await cases.CancelAsync(Key(id), body!.Reason, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct));
        });
        api.MapPost("/{id}/contract", async (string id, HttpRequest request, CaseContracts contracts, CaseQueries queries, CancellationToken ct) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<ENamnd.Activities.Contracts.ContractDraft>(request, ct);
            if (problem is not null) return problem;
            return await (await contracts.RecordAsync(Key(id), body!, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct));
        });
        return app;
    }

    private static async Task<IResult> DetailsAsync(CaseQueries queries, string caseId, CancellationToken ct) => Results.Ok(await queries.FindAsync(caseId, ct));

    // A case is named by its id or its case number; the number's '/' arrives escaped (%2F) in a path segment.
    private static string Key(string id) => Uri.UnescapeDataString(id);
}
