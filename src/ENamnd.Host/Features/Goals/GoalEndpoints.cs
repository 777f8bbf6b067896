using ENamnd.Activities.Documents;
using ENamnd.Activities.Goals;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// The annual plans (<c>/api/plans</c>): create, read, replace, delete, and the compiled tertial reports, which people
/// also open as pages of the coordinator's application (<see cref="TertialReports.PagePath"/>).
/// </summary>
public static class GoalEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/plans</c> and the report pages under <c>/mal</c>.</summary>
    public static IEndpointRouteBuilder MapGoalEndpoints(this IEndpointRouteBuilder app)
    {
        // The addresses emails and agendas link to: a browser without the sign-in is sent to the login page.
        app.MapGet("/mal/{id}/rapporter/{tertial}", ReportPageAsync).RequireCoordinator().ExcludeFromDescription();
        app.MapGet("/mal/{id}/rapporter/{tertial}/document", ReportDocumentAsync).RequireCoordinator().ExcludeFromDescription();
        var api = app.MapApiGroup("/api/plans", "Mål");
        api.MapGet("", ListAsync).WithSummary("Lista verksamhetsplaner");
        api.MapGet("/{id}", GetAsync).WithSummary("Hämta en verksamhetsplan med mål och uppföljning").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateAsync).ReadsJson<PlanBody>().WithSummary("Skapa årets verksamhetsplan").ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{id}", ReplaceAsync).ReadsJson<PlanBody>().WithSummary("Ersätt en verksamhetsplan").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{id}", DeleteAsync).WithSummary("Ta bort en verksamhetsplan").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id}/reports/{tertial}", ReportPageAsync).Produces(StatusCodes.Status200OK, contentType: "text/html").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Hämta en tertialrapport").WithDescription("tertial skrivs år-Tn, t.ex. 2026-T1.");
        api.MapGet("/{id}/reports/{tertial}/document", ReportDocumentAsync).Produces(StatusCodes.Status200OK, contentType: WordDocument.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Hämta en tertialrapport som Word-dokument");
        return app;
    }

    private static async Task<Results<Ok<List<PlanView>>, ValidationProblem>> ListAsync(
        int? page, int? pageSize, HttpResponse response, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        var views = new List<PlanView>();
        foreach (var plan in paging.Apply(await plans.ListAsync(ct), response)) views.Add(await followUps.ViewAsync(plan, BaseUrl(urls), ct));
        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetAsync(
        string id, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, CancellationToken ct) =>
        await plans.FindAsync(id, ct) is { } plan ? TypedResults.Ok(await followUps.ViewAsync(plan, BaseUrl(urls), ct)) : NotFound(id);

    private static async Task<Results<Created<PlanView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<PlanBody>(request, ct);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        var (plan, errors) = PlanValidator.Validate(body!, IdGenerator.NewId(), now, now);
        if (plan is null) return Invalid(errors);
        if (!await plans.AddAsync(plan, ct)) return ApiProblems.Conflict($"Det finns redan en verksamhetsplan för {plan.Year}.");
        return TypedResults.Created($"/api/plans/{plan.Id}", await followUps.ViewAsync(plan, BaseUrl(urls), ct));
    }

    private static async Task<Results<Ok<PlanView>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        string id, HttpRequest request, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, TimeProvider clock, CancellationToken ct)
    {
        if (await plans.FindAsync(id, ct) is not { } existing) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<PlanBody>(request, ct);
        if (problem is not null) return problem;
        var (plan, errors) = PlanValidator.Validate(body!, id, existing.CreatedAt, clock.GetUtcNow());
        if (plan is null) return Invalid(errors);
        if (plan.Year != existing.Year && await followUps.AnyAsync(id, ct))
            return ApiProblems.Conflict("Året kan inte ändras: planen har redan följts upp.");
        return await plans.ReplaceAsync(plan, ct) switch
        {
            null => NotFound(id),
            false => ApiProblems.Conflict($"Det finns redan en verksamhetsplan för {plan.Year}."),
            true => TypedResults.Ok(await followUps.ViewAsync(plan, BaseUrl(urls), ct)),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, PlanStore plans, PlanFollowUps followUps, CancellationToken ct)
    {
        if (await plans.FindAsync(id, ct) is null) return NotFound(id);
        if (await followUps.AnyAsync(id, ct)) return ApiProblems.Conflict("Planen har uppföljningar och kan inte tas bort.");
        return await plans.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportPageAsync(
        string id, string tertial, PlanFollowUps followUps, CancellationToken ct)
    {
        if (!Tertial.TryParse(tertial, out var parsed)) return UnknownTertial(tertial);
        var (report, missing) = await FindReportAsync(id, parsed, followUps, ct);
        return report is null ? missing! : TypedResults.Content(TertialReportPage.Render(report), "text/html; charset=utf-8");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportDocumentAsync(
        string id, string tertial, PlanFollowUps followUps, CancellationToken ct)
    {
        if (!Tertial.TryParse(tertial, out var parsed)) return UnknownTertial(tertial);
        var (report, missing) = await FindReportAsync(id, parsed, followUps, ct);
        return report is null
            ? missing!
            : TypedResults.File(TertialReportDocument.Build(report), TertialReportDocument.ContentType, TertialReportDocument.FileName(report));
    }

    private static async Task<(TertialReport? Report, ProblemHttpResult? Missing)> FindReportAsync(
        string id, Tertial tertial, PlanFollowUps followUps, CancellationToken ct)
    {
        var round = await followUps.FindAsync(id, tertial, ct);
        if (round is null) return (null, ApiProblems.NotFound($"Verksamhetsplan '{id}' har ingen uppföljning för {tertial.Label}."));
        return TertialReports.ReportOf(round) is { } report
            ? (report, null)
            : (null, ApiProblems.NotFound($"Rapporten för {tertial.Label} är inte sammanställd ännu."));
    }

    private static ValidationProblem UnknownTertial(string text) => ApiProblems.Invalid($"Okänd tertial '{text}'. Skriv t.ex. 2022-T1.");

    private static string BaseUrl(IOptions<PublicUrlOptions> urls) => urls.Value.PublicBaseUrl.TrimEnd('/');

    private static ProblemHttpResult NotFound(string id) => ApiProblems.NotFound($"Verksamhetsplanen '{id}' finns inte.");

    private static ValidationProblem Invalid(IReadOnlyList<string> errors) =>
        ApiProblems.Invalid(errors.Count == 1 ? errors[0] : $"Verksamhetsplanen har {errors.Count} fel: {string.Join(" ", errors)}", errors);
}
