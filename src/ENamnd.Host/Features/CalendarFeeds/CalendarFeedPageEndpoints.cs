using ENamnd.Activities.People;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Persistence.Rows;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>
/// The participant's calendar page under their task link (<c>/tasks/{taskId}/kalender?t=…</c>): the task's token, while it
/// opens the task (answered or not, not expired), shows the recipient's feed address; posting the form creates or renews it.
/// </summary>
public static class CalendarFeedPageEndpoints
{
    /// <summary>Maps <c>GET|HEAD</c> and <c>POST /tasks/{taskId}/kalender</c>.</summary>
    public static IEndpointRouteBuilder MapCalendarFeedPage(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(TaskPaths.Prefix).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.TaskLinks);
        // GET only reads, as the task page: a mail system's link scanner creates nothing.
        pages.MapMethods(TaskPaths.CalendarRoute, [HttpMethods.Get, HttpMethods.Head], ShowAsync);
        // Antiforgery is off as on the task page: the token in the form is the capability.
        pages.MapPost(TaskPaths.CalendarRoute, RenewAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ShowAsync(string taskId, [FromQuery(Name = "t")] string? token, [FromQuery(Name = "ny")] string? renewed,
        HttpContext context, TaskCompletion tasks, IParticipantDirectory directory, CalendarFeedStore feeds, CalendarFeedLinks links, TimeProvider clock,
        CancellationToken ct)
    {
        var (person, refusal) = await PersonAsync(taskId, token, context, tasks, directory, clock, ct);
        if (person is null) return refusal!;
        var current = await feeds.CurrentTokenAsync(person.Id, ct);
        var body = CalendarFeedPage.Body(context.Request.PathBase + TaskPaths.Prefix + $"/{Uri.EscapeDataString(taskId)}/kalender", token!,
            current is null ? null : links.UrlOf(current), current is null ? null : links.WebcalOf(current), renewed == "1");
        return TaskPage.Page(context, CalendarFeedPage.Title, body, StatusCodes.Status200OK);
    }

    private static async Task<IResult> RenewAsync(string taskId, HttpContext context, TaskCompletion tasks, IParticipantDirectory directory,
        CalendarFeedStore feeds, TimeProvider clock, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        var token = (await context.Request.ReadFormAsync(ct))["t"].ToString();
        var (person, refusal) = await PersonAsync(taskId, token, context, tasks, directory, clock, ct);
        if (person is null) return refusal!;
        await feeds.RenewAsync(person.Id, ct);
        // Post-redirect-get: reloading the page shows the address and renews nothing.
        context.Response.Headers.Location = context.Request.PathBase + TaskPaths.Calendar(taskId, token) + "&ny=1";
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }

    // The task's recipient, as the directory knows them; a link that does not open the task gets the task pages' refusal.
    // An answered task reads as AlreadyDecided whatever its expiry, so the expiry is checked here too: the link's life
    // ends at ExpiresAt for the calendar page, answered or not.
    private static async Task<(Participant? Person, IResult? Refusal)> PersonAsync(string taskId, string? token, HttpContext context,
        TaskCompletion tasks, IParticipantDirectory directory, TimeProvider clock, CancellationToken ct)
    {
        var result = await tasks.OpenAsync(taskId, token, ct);
        if (result.Access is TaskAccess.NotFound or TaskAccess.Expired || result.Task is not TaskRow task || clock.GetUtcNow() >= task.ExpiresAt)
            return (null, TaskPage.Message(context, "Ogiltig länk", TaskMessages.InvalidLink, StatusCodes.Status404NotFound));
        var person = task.ParticipantId is { } id ? await directory.FindByIdAsync(id, ct) : await directory.FindByEmailAsync(task.RecipientEmail, ct);
        return person is null
            ? (null, TaskPage.Message(context, CalendarFeedPage.Title, "Kalendern finns för personer i e-nämndens personregister. Kontakta e-kontoret så lägger de till dig.", StatusCodes.Status404NotFound))
            : (person, null);
    }
}
