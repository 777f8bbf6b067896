using ENamnd.Host.Api;
using ENamnd.Host.Security;

namespace ENamnd.Host.Cases;

/// <summary>The coordinator's cases API: start, list, follow and cancel cases, and record the contract signed in procurement.</summary>
public static class CaseEndpoints
{
    /// <summary>Adds the case services.</summary>
    public static IServiceCollection AddENamndCases(this IServiceCollection services)
    {
        services.AddOptions<CaseOptions>().BindConfiguration(CaseOptions.Section)
            .Validate(o => o.DocumentLibraryUrl.Length == 0 || Uri.TryCreate(o.DocumentLibraryUrl, UriKind.Absolute, out _), "Process:DocumentLibraryUrl måste vara en absolut adress.")
            .ValidateOnStart();
        services.AddSingleton<CaseService>();
        services.AddSingleton<CaseQueries>();
        services.AddSingleton<CaseContracts>();
        services.AddSingleton<ContractDecisionJobs>();
        services.AddSingleton<Persistence.IStepCommitListener, ContractDecisionRelay>();
        services.AddSingleton<Monitoring.IMonitorJob, ContractDecisionHandover>();
        return services;
    }

    /// <summary>Maps <c>/api/cases</c>.</summary>
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/cases").WithTags("Ärenden").RequireCoordinator();
        api.MapPost("", async (HttpRequest request, CaseService cases, CaseQueries queries, CancellationToken ct) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<CreateCaseRequest>(request, ct);
            if (problem is not null) return problem;
            var result = await cases.CreateAsync(body!, ct);
            if (result.Status != CaseCommandStatus.Done) return result.ToResult(_ => Results.Empty);
            return Results.Created($"/api/cases/{result.CaseId}", await queries.FindAsync(result.CaseId!, ct));
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
            var result = await cases.CancelAsync(Key(id), body!.Reason, ct);
            return result.Status == CaseCommandStatus.Done ? Results.Ok(await queries.FindAsync(result.CaseId!, ct)) : result.ToResult(_ => Results.Empty);
        });
        api.MapPost("/{id}/contract", async (string id, HttpRequest request, CaseContracts contracts, CaseQueries queries, CancellationToken ct) =>
        {
            var (body, problem) = await JsonRequestBody.ReadAsync<ENamnd.Activities.Contracts.ContractDraft>(request, ct);
            if (problem is not null) return problem;
            var result = await contracts.RecordAsync(Key(id), body!, ct);
            return result.Status == CaseCommandStatus.Done ? Results.Ok(await queries.FindAsync(result.CaseId!, ct)) : result.ToResult(_ => Results.Empty);
        });
        return app;
    }

    // A case is named by its id or its case number; the number's '/' arrives escaped (%2F) in a path segment.
    private static string Key(string id) => Uri.UnescapeDataString(id);
}
