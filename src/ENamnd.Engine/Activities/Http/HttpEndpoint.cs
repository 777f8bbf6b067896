using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// Receives a request to a workflow endpoint (Elsa's <c>HttpEndpoint</c>): as the trigger of a published workflow, a
/// matching request starts an instance here; met in a running instance, it waits with one bookmark per method until a
/// matching request resumes it. Either way it puts the request's parsed body, route values, query string and headers in
/// its outputs. Unlike Elsa, where <c>Authorize</c> is off by default, callers must be signed-in coordinators unless
/// <see cref="AllowAnonymous"/> is set; Elsa's <c>authorize</c> and <c>policy</c> are kept in the JSON but change nothing.
/// </summary>
[Activity("Elsa", "HttpEndpoint", Category = "HTTP", DisplayName = "HTTP-slutpunkt", Kind = ActivityKind.Trigger,
    Description = "Tar emot en HTTP-begäran under arbetsflödenas adress (som standard /workflows). Anrop kräver samordnarinloggning om inte anonyma anrop tillåts.")]
public sealed class HttpEndpoint : Activity
{
    /// <summary>The name of every HTTP endpoint bookmark, <c>Elsa.HttpEndpoint</c>.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<HttpEndpoint>();

    /// <summary>The path template below the base path.</summary>
    [Input(DisplayName = "Sökväg", Description = "Sökvägen under arbetsflödenas adress (som standard /workflows), t.ex. orders/{id}; {namn} fångar ett ruttvärde.", Order = 0)]
    public Input<string> Path { get; set; } = new("");

    /// <summary>The methods the endpoint answers, from those Elsa's designer offers.</summary>
    [Input(DisplayName = "Metoder", Description = "De HTTP-metoder som slutpunkten svarar på.", UIHint = "checklist", Options = ["GET", "POST", "PUT", "HEAD", "DELETE"], Order = 1)]
    public Input<List<string>> SupportedMethods { get; set; } = new(["GET"]);

    /// <summary>Whether callers need no coordinator sign-in.</summary>
    [Input(DisplayName = "Tillåt anonyma anrop", Category = "Säkerhet",
        Description = "Av som standard: då krävs samordnarnyckel eller inloggning, annars svarar slutpunkten 401. Slå på bara för slutpunkter som vem som helst får anropa.")]
    public Input<bool> AllowAnonymous { get; set; } = new(false);

    /// <summary>A lower limit of the request body than the host's, in bytes.</summary>
    [Input(DisplayName = "Största begäran (byte)", Category = "Uppladdning", Description = "Lägre gräns för begärans storlek än värdens; större begäran får svaret 413.")]
    public Input<long?> RequestSizeLimit { get; set; } = new((long?)null);

    /// <summary>The parsed body.</summary>
    [Output(DisplayName = "Tolkat innehåll", Description = "JSON som objekt, formulär som fält, annat som text.")]
    public Output<object?> ParsedContent { get; set; } = new();

    /// <summary>The values the path template captured.</summary>
    [Output(DisplayName = "Ruttvärden")]
    public Output<JsonObject> RouteData { get; set; } = new();

    /// <summary>The query string.</summary>
    [Output(DisplayName = "Frågesträng")]
    public Output<JsonObject> QueryStringData { get; set; } = new();

    /// <summary>The headers, credentials left out.</summary>
    [Output(DisplayName = "Huvuden", Description = "Utan Authorization och Cookie.")]
    public Output<JsonObject> Headers { get; set; } = new();

    /// <summary>The whole request.</summary>
    [Output(DisplayName = "Begäran")]
    public Output<HttpRequestData> Result { get; set; } = new();

    /// <summary>What the endpoint waits for, one payload per method, from its current inputs.</summary>
    public IReadOnlyList<HttpEndpointBookmarkPayload> PayloadsOf(ActivityExecutionContext context) =>
        Payloads(context.Get(Path), context.Get(SupportedMethods), context.Get(AllowAnonymous), context.Get(RequestSizeLimit));

    /// <summary>One payload per distinct method (GET when none is given).</summary>
    public static IReadOnlyList<HttpEndpointBookmarkPayload> Payloads(string? path, IEnumerable<string>? methods, bool allowAnonymous, long? requestSizeLimit)
    {
        var given = (methods ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToUpperInvariant()).Distinct().ToList();
        return [.. (given.Count > 0 ? given : ["GET"]).Select(m => HttpEndpointBookmarkPayload.Create(path ?? "", m, allowAnonymous, requestSizeLimit))];
    }

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // As Elsa's IsTriggerOfWorkflow: the request that started the instance is received here at once.
        if (context.TakeTrigger() && HttpExchangeAccessor.Of(context) is { } exchange && exchange.TryTake())
        {
            Receive(context, exchange.Request);
            return default;
        }
        foreach (var payload in PayloadsOf(context)) context.CreateBookmark(BookmarkName, payload);
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var request = HttpExchangeAccessor.Of(context) is { } exchange && exchange.TryTake()
            ? exchange.Request
            : HttpRequestData.FromInput(context.ResumeInput);
        Receive(context, request);
        return default;
    }

    private void Receive(ActivityExecutionContext context, HttpRequestData request)
    {
        context.Set(ParsedContent, request.ParsedContent);
        context.Set(RouteData, request.RouteData);
        context.Set(QueryStringData, request.QueryStringData);
        context.Set(Headers, request.Headers);
        context.Set(Result, request);
        // Waiting with several methods leaves a bookmark per method; the request answered one, the others go.
        foreach (var bookmark in context.Bookmarks.ToList()) context.RemoveBookmark(bookmark);
    }
}
