using ENamnd.Activities;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.Contracts;

/// <summary>The contract registry for the coordinator: list, read, register, replace and remove contracts.</summary>
public static class ContractEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/contracts</c>.</summary>
    public static IEndpointRouteBuilder MapContractEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/contracts", "Avtal");
        api.MapGet("", ListAsync).WithSummary("Lista avtal i avtalsbevakningen");
        api.MapGet("/{id}", GetAsync).WithSummary("Hämta ett avtal").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateAsync).ReadsJson<ContractDraft>().WithSummary("Registrera ett avtal för bevakning")
            .WithDescription("Datum skrivs ÅÅÅÅ-MM-DD; ägaren är en e-postadress eller roll:<roll>.");
        api.MapPut("/{id}", ReplaceAsync).ReadsJson<ContractDraft>().WithSummary("Ersätt ett avtal").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id}", DeleteAsync).WithSummary("Ta bort ett avtal").ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<List<ContractView>>, ValidationProblem>> ListAsync(
        string? endingBefore, int? page, int? pageSize, HttpResponse response, ContractStore store, ContractViews views, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        DateOnly? before = null;
        if (!string.IsNullOrWhiteSpace(endingBefore) && (before = PlausibleDates.Parse(endingBefore)) is null)
            return ApiProblems.Invalid($"Ogiltigt datum: '{endingBefore.Trim()}' (endingBefore, ÅÅÅÅ-MM-DD).");
        var found = await store.ListAsync(before, ct);
        var list = new List<ContractView>();
        foreach (var contract in paging.Apply(found, response)) list.Add(await views.ToViewAsync(contract, withSentState: false, ct));
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ContractView>, ProblemHttpResult>> GetAsync(
        string id, ContractStore store, ContractViews views, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } contract ? TypedResults.Ok(await views.ToViewAsync(contract, withSentState: true, ct)) : NotFound(id);

    private static async Task<Results<Created<ContractView>, ValidationProblem>> CreateAsync(
        HttpRequest request, ContractStore store, ContractViews views, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        var (terms, problem) = await ReadAsync(request, municipalities, ct);
        if (terms is null) return problem!;
        var contract = await store.AddAsync(IdGenerator.NewId(), terms, ct);
        return TypedResults.Created($"/api/contracts/{contract.Id}", await views.ToViewAsync(contract, withSentState: true, ct));
    }

    private static async Task<Results<Ok<ContractView>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, ContractStore store, ContractViews views, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is null) return NotFound(id);
        var (terms, problem) = await ReadAsync(request, municipalities, ct);
        if (terms is null) return problem!;
        return await store.ReplaceAsync(id, terms, ct) is { } contract ? TypedResults.Ok(await views.ToViewAsync(contract, withSentState: true, ct)) : NotFound(id);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, ContractStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<(ContractTerms? Terms, ValidationProblem? Problem)> ReadAsync(
        HttpRequest request, MunicipalityRegistry municipalities, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<ContractDraft>(request, ct);
        if (problem is not null) return (null, problem);
        var (terms, errors) = ContractDraftValidator.Validate(body!, municipalities);
        return terms is null ? (null, ApiProblems.Invalid(errors)) : (terms, null);
    }

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Avtalet '{id}' finns inte.");
}
