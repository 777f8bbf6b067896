using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Events;

/// <summary>
/// Elsa's <c>POST /events/{eventName}/trigger</c>: resumes the instances waiting in an <c>Elsa.Event</c> activity for the
/// event, through the runtime. Instances that a case's records name are not reached: their events come from the case's
/// own actions (a contract signed, a decision made), which check what an event from here could not.
/// </summary>
public static class EventEndpoints
{
    /// <summary>Maps <c>POST /events/{eventName}/trigger</c>.</summary>
    public static RouteGroupBuilder MapEvents(this RouteGroupBuilder api)
    {
        api.MapPost("/events/{eventName}/trigger", TriggerAsync);
        return api;
    }

    private static async Task<Results<Ok<TriggerEventResponse>, ValidationProblem>> TriggerAsync(
        string eventName, [FromBody] TriggerEventRequest? body, IBookmarkStore bookmarks, IWorkflowInstanceDeleter records, IWorkflowRuntime runtime,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(eventName)) return ApiProblems.Invalid("Ange händelsens namn.", "eventName");
        var waiting = (await bookmarks.ListByNameAsync(Event.BookmarkName, ct))
            .Where(b => Event.NameOf(b) == eventName)
            .Where(b => Matches(body?.WorkflowInstanceId, b.InstanceId) && Matches(body?.CorrelationId, b.CorrelationId) && Matches(body?.ActivityInstanceId, b.ActivityContextId));
        var resumed = 0;
        foreach (var bookmark in waiting)
        {
            if ((await records.KeptByAsync(bookmark.InstanceId, ct)).Count > 0) continue;
            if ((await runtime.ResumeAsync(bookmark.Id, body?.Input?.DeepClone().AsObject(), ct)).Outcome == ResumeOutcome.Resumed) resumed++;
        }
        return TypedResults.Ok(new TriggerEventResponse(resumed));
    }

    // A criterion left out matches every wait.
    private static bool Matches(string? wanted, string? actual) => string.IsNullOrWhiteSpace(wanted) || wanted == actual;
}
