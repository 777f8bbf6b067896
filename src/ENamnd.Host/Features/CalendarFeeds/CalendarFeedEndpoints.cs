using ENamnd.Activities.People;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>The feeds themselves (anonymous: the token is the credential) and the coordinator's API to create, renew and revoke them.</summary>
public static class CalendarFeedEndpoints
{
    /// <summary>The feed's content type.</summary>
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How long a calendar may keep a fetched feed without asking again; only the person's own client may keep it.</summary>
    public const string CacheControl = "private, max-age=300";

    /// <summary>Maps <c>GET|HEAD /kalender/{token}.ics</c> and <c>POST|DELETE /api/calendar-feeds/{personId}</c>.</summary>
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder app)
    {
        // Rate limited like the task links: a token cannot be guessed, but nobody gets to try many.
        SecretInPath.On(app.MapMethods(CalendarFeedLinks.Route, [HttpMethods.Get, HttpMethods.Head], FeedAsync)
            .AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(RateLimits.TaskLinks));
        var api = app.MapApiGroup("/api/calendar-feeds", "Kalenderprenumerationer");
        api.MapPost("/{personId}", RenewAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Skapa eller förnya en persons kalenderflöde")
            .WithDescription("Svarar med flödets adress, som visas här en gång; personen kan också se den via kalenderlänken i sina uppgiftsmejl. En tidigare adress slutar fungera.");
        api.MapDelete("/{personId}", RevokeAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Återkalla en persons kalenderflöde")
            .WithDescription("Adressen slutar fungera; att återkalla ett flöde som inte finns är inget fel.");
        return app;
    }

    private static async Task<IResult> FeedAsync(string token, HttpContext context, CalendarFeedStore feeds, IParticipantDirectory directory,
        CalendarFeedDocument document, CancellationToken ct)
    {
        // Unknown, revoked, malformed, or a person since removed: the same 404, so nothing tells them apart.
        var participantId = await feeds.FindParticipantAsync(token, ct);
        var person = participantId is null ? null : await directory.FindByIdAsync(participantId, ct);
        if (person is null) return Results.NotFound();
        var (text, etag) = await document.ForAsync(person, ct);
        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl;
        headers.ETag = etag;
        headers["X-Robots-Tag"] = "noindex, nofollow";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Text(text, ContentType);
    }

    private static async Task<Results<Ok<CalendarFeedView>, ProblemHttpResult>> RenewAsync(string personId, IParticipantDirectory directory,
        CalendarFeedStore feeds, CalendarFeedLinks links, TimeProvider clock, CancellationToken ct)
    {
        if (await directory.FindByIdAsync(personId.Trim(), ct) is not { } person) return UnknownPerson(personId);
        var token = await feeds.RenewAsync(person.Id, ct);
        return TypedResults.Ok(new CalendarFeedView(person.Id, links.UrlOf(token), clock.GetUtcNow()));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(string personId, IParticipantDirectory directory,
        CalendarFeedStore feeds, CancellationToken ct)
    {
        if (await directory.FindByIdAsync(personId.Trim(), ct) is not { } person) return UnknownPerson(personId);
        // Revoking a feed that is not active changes nothing and is no error.
        await feeds.RevokeAsync(person.Id, ct);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult UnknownPerson(string personId) => ApiProblems.NotFound($"Personen '{personId.Trim()}' finns inte.");
}
