using ENamnd.Activities.Tasks;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using ENamnd.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The task API: the coordinator lists and reads tasks; API clients holding a link token answer one.</summary>
public static class TaskApiEndpoints
{
    /// <summary>
    /// Maps <c>GET /api/tasks</c>, <c>GET /api/tasks/{taskId}</c>, <c>POST /api/tasks/{taskId}/complete</c> and the coordinator's
    /// <c>POST /api/tasks/{taskId}/remind</c> and <c>POST /api/tasks/{taskId}/reassign</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapTaskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiGroup("/api/tasks", "Uppgifter");
        api.MapGet("", ListAsync).WithSummary("Lista uppgifter").WithDescription("Filtrera med caseNumber och status (t.ex. Open).");
        api.MapGet("/{taskId}", GetAsync).WithSummary("Hämta en uppgift").ProducesProblem(StatusCodes.Status404NotFound);
        // Anonymous like the pages: the token in the body is the credential.
        api.MapPost("/{taskId}/complete", CompleteAsync).AllowAnonymous().RequireRateLimiting(RateLimits.TaskLinks)
            .WithSummary("Svara på en uppgift med länkens token").WithDescription("Utan samordnarnyckel: token från e-postens länk är behörigheten.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        api.MapPost("/{taskId}/remind", RemindAsync).WithSummary("Påminn mottagaren nu").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{taskId}/reassign", ReassignAsync).WithSummary("Ge uppgiften till en annan person").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<List<TaskView>>, ValidationProblem>> ListAsync(
        string? caseNumber, string? status, int? page, int? pageSize, HttpResponse response, IDbContextFactory<ENamndDbContext> contexts, CancellationToken ct)
    {
        var (paging, invalid) = Paging.From(page, pageSize);
        if (invalid is not null) return invalid;
        // Names only, spelled exactly: Enum.TryParse would also take numbers and comma lists.
        var names = Enum.GetNames<HumanTaskStatus>();
        if (status is not null && !names.Contains(status, StringComparer.Ordinal))
            return ApiProblems.Invalid($"Okänd status '{status}'. Giltiga värden: {string.Join(", ", names)}.");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Tasks.AsNoTracking();
        if (!string.IsNullOrEmpty(caseNumber)) query = query.Where(t => t.CaseNumber == caseNumber);
        if (status is not null)
        {
            var wanted = Enum.Parse<HumanTaskStatus>(status);
            query = query.Where(t => t.Status == wanted);
        }
        Paging.SetTotal(response, await query.CountAsync(ct));
        var rows = await query.OrderByDescending(t => t.OpenedAt).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(TaskView.From).ToList());
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> GetAsync(
        string taskId, IDbContextFactory<ENamndDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        return row is null ? ApiProblems.NotFound($"Uppgiften '{taskId}' finns inte.") : TypedResults.Ok(TaskView.From(row));
    }

    private static async Task<Results<Ok<CompleteTaskResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        string taskId, CompleteTaskRequest? body, TaskCompletion tasks, CancellationToken ct)
    {
        if (body is null) return ApiProblems.Invalid("Begäran saknar innehåll: ange token och outcome.");
        var result = await tasks.CompleteAsync(taskId, new TaskAnswer(body.Token, body.Outcome, body.Comment, body.Reference, body.Fields), TaskChannels.Api, ct);
        return result.Access switch
        {
            TaskAccess.Decided => TypedResults.Ok(new CompleteTaskResponse(taskId, result.Outcome!, HumanTaskStatus.Decided)),
            TaskAccess.Invalid => ApiProblems.Invalid(result.Error!),
            TaskAccess.Expired => TypedResults.Problem(detail: TaskMessages.Expired, statusCode: StatusCodes.Status410Gone, title: "Länken har gått ut"),
            TaskAccess.AlreadyDecided => ApiProblems.Conflict(TaskMessages.AlreadyDecided),
            TaskAccess.Closed => ApiProblems.Conflict(TaskMessages.Closed(result.Task!.Status)),
            _ => ApiProblems.NotFound(TaskMessages.InvalidLink),
        };
    }

    private static async Task<Results<Ok<TaskView>, ValidationProblem, ProblemHttpResult>> RemindAsync(
        string taskId, TaskCommands commands, IDbContextFactory<ENamndDbContext> contexts, CancellationToken ct) =>
        await (await commands.RemindAsync(taskId, ct)).ToResultAsync(async _ => TypedResults.Ok(await ViewAsync(taskId, contexts, ct)), "Uppgiften kan inte ändras.");

    private static async Task<Results<Ok<TaskView>, ValidationProblem, ProblemHttpResult>> ReassignAsync(
        string taskId, ReassignTaskRequest? body, TaskCommands commands, IDbContextFactory<ENamndDbContext> contexts, CancellationToken ct)
    {
        if (body is null) return ApiProblems.Invalid("Begäran saknar innehåll: ange email (och gärna name) för den nya mottagaren.");
        return await (await commands.ReassignAsync(taskId, body.Email, body.Name, ct)).ToResultAsync(async _ => TypedResults.Ok(await ViewAsync(taskId, contexts, ct)), "Uppgiften kan inte ändras.");
    }

    private static async Task<TaskView> ViewAsync(string taskId, IDbContextFactory<ENamndDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return TaskView.From(await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == taskId, ct));
    }
}
