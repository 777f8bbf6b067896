using ENamnd.Engine.Runtime;
using Microsoft.Extensions.Options;
using ENamnd.Activities.Goals;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Http;

namespace ENamnd.Host.Features.Goals;

/// <summary>The annual plans (<c>/api/plans</c>): create, read, replace, delete, and the compiled tertial reports.</summary>
public static class GoalEndpoints
{
    /// <summary>Maps the endpoints under <c>/api/plans</c>.</summary>
    public static IEndpointRouteBuilder MapGoalEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/plans", "Verksamhetsplaner");
        api.MapGet("", ListAsync);
        api.MapGet("/{id}", GetAsync);
        api.MapPost("", CreateAsync);
        api.MapPut("/{id}", ReplaceAsync);
        api.MapDelete("/{id}", DeleteAsync);
        api.MapGet("/{id}/reports/{tertial}", ReportPageAsync);
        api.MapGet("/{id}/reports/{tertial}/document", ReportDocumentAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, CancellationToken ct)
    {
        var views = new List<PlanView>();
        foreach (var plan in await plans.ListAsync(ct)) views.Add(await followUps.ViewAsync(plan, BaseUrl(urls), ct));
        return TypedResults.Ok(views);
    }

    private static async Task<IResult> GetAsync(string id, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, CancellationToken ct) =>
        await plans.FindAsync(id, ct) is { } plan ? TypedResults.Ok(await followUps.ViewAsync(plan, BaseUrl(urls), ct)) : NotFound(id);

    private static async Task<IResult> CreateAsync(HttpRequest request, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, TimeProvider clock, CancellationToken ct)
    {
        var (body, problem) = await JsonRequestBody.ReadAsync<PlanBody>(request, ct);
        if (problem is not null) return problem;
        var now = clock.GetUtcNow();
        var (plan, errors) = PlanValidator.Validate(body!, IdGenerator.NewId(), now, now);
        if (plan is null) return Invalid(errors);
        if (!await plans.AddAsync(plan, ct)) return Problems.Conflict($"Det finns redan en verksamhetsplan för {plan.Year}.");
        return TypedResults.Created($"/api/plans/{plan.Id}", await followUps.ViewAsync(plan, BaseUrl(urls), ct));
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpRequest request, PlanStore plans, PlanFollowUps followUps, IOptions<PublicUrlOptions> urls, TimeProvider clock, CancellationToken ct)
    {
        if (await plans.FindAsync(id, ct) is not { } existing) return NotFound(id);
        var (body, problem) = await JsonRequestBody.ReadAsync<PlanBody>(request, ct);
        if (problem is not null) return problem;
        var (plan, errors) = PlanValidator.Validate(body!, id, existing.CreatedAt, clock.GetUtcNow());
        if (plan is null) return Invalid(errors);
        if (plan.Year != existing.Year && await followUps.AnyAsync(id, ct))
            return Problems.Conflict("Året kan inte ändras: planen har redan följts upp.");
        return await plans.ReplaceAsync(plan, ct) switch
        {
            null => NotFound(id),
            false => Problems.Conflict($"Det finns redan en verksamhetsplan för {plan.Year}."),
            true => TypedResults.Ok(await followUps.ViewAsync(plan, BaseUrl(urls), ct)),
        };
    }

    private static async Task<IResult> DeleteAsync(string id, PlanStore plans, PlanFollowUps followUps, CancellationToken ct)
    {
        if (await plans.FindAsync(id, ct) is null) return NotFound(id);
        if (await followUps.AnyAsync(id, ct)) return Problems.Conflict("Planen har uppföljningar och kan inte tas bort.");
        return await plans.DeleteAsync(id, ct) ? TypedResults.NoContent() : NotFound(id);
    }

    private static async Task<IResult> ReportPageAsync(string id, string tertial, PlanFollowUps followUps, CancellationToken ct)
    {
        var (report, problem) = await FindReportAsync(id, tertial, followUps, ct);
        return report is null ? problem! : TypedResults.Content(TertialReportPage.Render(report), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ReportDocumentAsync(string id, string tertial, PlanFollowUps followUps, CancellationToken ct)
    {
        var (report, problem) = await FindReportAsync(id, tertial, followUps, ct);
        return report is null
            ? problem!
            : TypedResults.File(TertialReportDocument.Build(report), TertialReportDocument.ContentType, TertialReportDocument.FileName(report));
    }

    private static async Task<(TertialReport? Report, IResult? Problem)> FindReportAsync(string id, string text, PlanFollowUps followUps, CancellationToken ct)
    {
        if (!Tertial.TryParse(text, out var tertial)) return (null, Problems.Invalid($"Okänd tertial '{text}'. Skriv t.ex. 2022-T1."));
        var round = await followUps.FindAsync(id, tertial, ct);
        if (round is null) return (null, Problems.NotFound($"Verksamhetsplan '{id}' har ingen uppföljning för {tertial.Label}."));
        return TertialReports.ReportOf(round) is { } report
            ? (report, null)
            : (null, Problems.NotFound($"Rapporten för {tertial.Label} är inte sammanställd ännu."));
    }

    private static string BaseUrl(IOptions<PublicUrlOptions> urls) => urls.Value.PublicBaseUrl.TrimEnd('/');

    private static IResult NotFound(string id) => Problems.NotFound($"Verksamhetsplanen '{id}' finns inte.");

    private static IResult Invalid(IReadOnlyList<string> errors) =>
        Problems.Invalid(errors.Count == 1 ? errors[0] : $"Verksamhetsplanen har {errors.Count} fel: {string.Join(" ", errors)}", errors);
}
