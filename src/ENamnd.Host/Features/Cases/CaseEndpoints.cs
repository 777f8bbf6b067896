using ENamnd.Activities;
using ENamnd.Activities.Contracts;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using ENamnd.Workflows.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Cases;

/// <summary>The coordinator's cases API: start, list, follow and cancel cases, take in a municipality that joins later, propose a further development, and record the contract signed in procurement.</summary>
public static class CaseEndpoints
{
    private const string CaseSummaryText = "Ärendet är inte giltigt.";

    /// <summary>Maps <c>/api/cases</c>.</summary>
    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/cases", "Ärenden");
        api.MapPost("", CreateAsync).ReadsJson<CreateCaseRequest>().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Starta ett ärende").WithDescription("Ärendenumret skrivs år/löpnummer-klassificering; minst två initierande kommuner. Ärendet börjar i Kvalificering av idé.");
        api.MapGet("", ListAsync).WithSummary("Lista ärenden").WithDescription("Filtrera med phase (t.ex. Förstudie) och status (t.ex. Running).");
        api.MapGet("/{id}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Hämta ett ärende").WithDescription("Med id eller ärendenummer (snedstrecket URL-kodat, %2F): fas, öppna uppgifter, beslut, kostnadsfördelning och händelser.");
        api.MapPost("/{id}/cancel", CancelAsync).ReadsJson<CancelCaseRequest>().WithSummary("Avbryt ett ärende med skäl").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/participants", JoinAsync).ReadsJson<JoinCaseRequest>().WithSummary("Anslut en kommun till ett pågående ärende").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/further-development", ProposeFurtherDevelopmentAsync).ReadsJson<FurtherDevelopmentRequest>().WithSummary("Föreslå vidareutveckling i förvaltning")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id}/contract", RecordContractAsync).ReadsJson<ContractDraft>().WithSummary("Registrera upphandlingens undertecknade avtal")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Created<CaseDetails>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, CaseService cases, CaseQueries queries, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<CreateCaseRequest>(request, ct);
        if (problem is not null) return problem;
        return await (await cases.CreateAsync(body!, ct))
            .ToResultAsync(async caseId => TypedResults.Created($"/api/cases/{caseId}", await queries.FindAsync(caseId, ct)), CaseSummaryText);
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseSummary>>, ValidationProblem>> ListAsync(
        string? phase, string? status, int? page, int? pageSize, HttpResponse response, CaseQueries queries, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        CaseStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!EnumNames.TryParse<CaseStatus>(status, out var parsed))
                return ApiProblems.Invalid($"Okänd status '{status}' (giltiga: {string.Join(", ", Enum.GetNames<CaseStatus>())}).");
            wanted = parsed;
        }
        return TypedResults.Ok<IReadOnlyList<CaseSummary>>(paging.Apply(await queries.ListAsync(phase, wanted, ct), response));
    }

    private static async Task<Results<Ok<CaseDetails>, ProblemHttpResult>> GetAsync(string id, CaseQueries queries, CancellationToken ct) =>
        await queries.FindAsync(Key(id), ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound($"Ärendet '{id}' finns inte.");

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> CancelAsync(
        string id, HttpRequest request, CaseService cases, CaseQueries queries, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<CancelCaseRequest>(request, ct);
        if (problem is not null) return problem;
        return await (await cases.CancelAsync(Key(id), body!.Reason, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct), CaseSummaryText);
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> JoinAsync(
        string id, HttpRequest request, CaseParticipants participants, CaseQueries queries, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<JoinCaseRequest>(request, ct);
        if (problem is not null) return problem;
        return await (await participants.JoinAsync(Key(id), body!, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct), CaseSummaryText);
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> ProposeFurtherDevelopmentAsync(
        string id, HttpRequest request, CaseFurtherDevelopment furtherDevelopment, CaseQueries queries, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<FurtherDevelopmentRequest>(request, ct);
        if (problem is not null) return problem;
        return await (await furtherDevelopment.ProposeAsync(Key(id), body!, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct), CaseSummaryText);
    }

    private static async Task<Results<Ok<CaseDetails>, ValidationProblem, ProblemHttpResult>> RecordContractAsync(
        string id, HttpRequest request, CaseContracts contracts, CaseQueries queries, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<ContractDraft>(request, ct);
        if (problem is not null) return problem;
        return await (await contracts.RecordAsync(Key(id), body!, ct)).ToResultAsync(caseId => DetailsAsync(queries, caseId, ct), CaseSummaryText);
    }

    private static async Task<Ok<CaseDetails>> DetailsAsync(CaseQueries queries, string caseId, CancellationToken ct) =>
        TypedResults.Ok(await queries.FindAsync(caseId, ct));

    // A case is named by its id or its case number; the number's '/' arrives escaped (%2F) in a path segment.
    private static string Key(string id) => Uri.UnescapeDataString(id);
}
