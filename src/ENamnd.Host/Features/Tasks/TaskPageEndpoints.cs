using ENamnd.Host.Infrastructure.Security;
using ENamnd.Persistence.Rows;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The participant pages reached from email links: anonymous, the link token is the only credential.</summary>
public static class TaskPageEndpoints
{
    /// <summary>Maps <c>GET|HEAD /tasks/{taskId}</c>, <c>POST /tasks/{taskId}</c> and the receipt page.</summary>
    public static IEndpointRouteBuilder MapTaskPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(TaskPaths.Prefix).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.TaskLinks);
        // GET and HEAD only read: link scanners in mail systems open links without meaning to answer.
        pages.MapMethods("/{taskId}", [HttpMethods.Get, HttpMethods.Head], ShowAsync);
        // Antiforgery is off on purpose: the unguessable token in the form is itself the capability, so a forged
        // request would need the token, and an antiforgery cookie would only break links opened in another browser.
        pages.MapPost("/{taskId}", DecideAsync).DisableAntiforgery();
        pages.MapMethods("/{taskId}/kvitto", [HttpMethods.Get, HttpMethods.Head], ReceiptAsync);
        return app;
    }

    private static async Task<IResult> ShowAsync(
        string taskId, [FromQuery(Name = "t")] string? token, HttpContext context, TaskCompletion tasks, IEnumerable<ITaskFacts> facts, CancellationToken ct)
    {
        var result = await tasks.OpenAsync(taskId, token, ct);
        return result.Access == TaskAccess.Open ? TaskPage.Form(context, result.Task!, token!, await FactsAsync(facts, result.Task!, ct)) : Refusal(context, result);
    }

    // What the other features know of the task now.
    private static async Task<IReadOnlyList<TaskFact>> FactsAsync(IEnumerable<ITaskFacts> sources, TaskRow task, CancellationToken ct)
    {
        var all = new List<TaskFact>();
        foreach (var source in sources) all.AddRange(await source.ForAsync(task, ct));
        return all;
    }

    private static async Task<IResult> DecideAsync(string taskId, HttpContext context, TaskCompletion tasks, IEnumerable<ITaskFacts> facts, CancellationToken ct)
    {
        // The page posts a form; anything else is refused as form binding would.
        if (!context.Request.HasFormContentType) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        var form = await context.Request.ReadFormAsync(ct);
        var fields = form.Keys.Where(k => k.StartsWith(TaskPage.FieldPrefix, StringComparison.Ordinal) && k.Length > TaskPage.FieldPrefix.Length)
            .ToDictionary(k => k[TaskPage.FieldPrefix.Length..], k => form[k].ToString(), StringComparer.Ordinal);
        var token = Value(form, "t");
        var answer = new TaskAnswer(token, Value(form, "outcome"), Value(form, "comment"), Value(form, "reference"), fields);
        var result = await tasks.CompleteAsync(taskId, answer, TaskChannels.EmailLink, ct);
        switch (result.Access)
        {
            case TaskAccess.Decided:
                // Post-redirect-get: reloading the receipt cannot send the answer again.
                context.Response.Headers.Location = context.Request.PathBase + TaskPaths.Receipt(taskId, token!);
                return Results.StatusCode(StatusCodes.Status303SeeOther);
            case TaskAccess.Invalid:
                return TaskPage.Form(context, result.Task!, token!, await FactsAsync(facts, result.Task!, ct), answer, result.Error, StatusCodes.Status400BadRequest);
            default:
                return Refusal(context, result);
        }
    }

    // A missing form field reads as null, as the form binding did.
    private static string? Value(IFormCollection form, string key) => form.TryGetValue(key, out var value) ? value.ToString() : null;

    private static async Task<IResult> ReceiptAsync(
        string taskId, [FromQuery(Name = "t")] string? token, HttpContext context, TaskCompletion tasks, IEnumerable<ITaskFacts> facts, CancellationToken ct)
    {
        var result = await tasks.OpenAsync(taskId, token, ct);
        return result.Access switch
        {
            TaskAccess.AlreadyDecided => TaskPage.Receipt(context, result.Task!, token),
            TaskAccess.Open => TaskPage.Form(context, result.Task!, token!, await FactsAsync(facts, result.Task!, ct)),
            _ => Refusal(context, result),
        };
    }

    private static IResult Refusal(HttpContext context, TaskResult result) => result.Access switch
    {
        TaskAccess.Expired => TaskPage.Message(context, "Länken har gått ut", TaskMessages.Expired, StatusCodes.Status410Gone),
        TaskAccess.AlreadyDecided => TaskPage.Message(context, "Redan besvarad", TaskMessages.AlreadyDecided, StatusCodes.Status409Conflict),
        TaskAccess.Closed => TaskPage.Message(context, "Frågan är avslutad", TaskMessages.Closed(result.Task!.Status), StatusCodes.Status409Conflict),
        _ => TaskPage.Message(context, "Ogiltig länk", TaskMessages.InvalidLink, StatusCodes.Status404NotFound),
    };
}
