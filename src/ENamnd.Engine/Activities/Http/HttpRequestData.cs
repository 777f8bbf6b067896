using System.Text.Json.Nodes;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// An inbound request as a workflow endpoint sees it, read by the host. The host leaves out credentials (the
/// <c>Authorization</c> and <c>Cookie</c> headers), so nothing of them reaches the instance's stored outputs.
/// </summary>
public sealed record HttpRequestData
{
    /// <summary>The HTTP method, upper case.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The path below the endpoints' base path, e.g. <c>/orders/17</c>.</summary>
    public string Path { get; init; } = "/";

    /// <summary>The values the endpoint's path template captured, e.g. <c>{"id":"17"}</c>.</summary>
    public JsonObject RouteData { get; init; } = [];

    /// <summary>The query string: one text per name, or an array when a name repeats.</summary>
    public JsonObject QueryStringData { get; init; } = [];

    /// <summary>The headers, credentials left out: one text per name, or an array when a header repeats.</summary>
    public JsonObject Headers { get; init; } = [];

    /// <summary>The media type of the body, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body, parsed: JSON as JSON, a form as an object of fields, anything else as text; null without a body.</summary>
    public JsonNode? ParsedContent { get; init; }

    /// <summary>
    /// A request given as a resume input instead of by the host (say, a bookmark resumed from the designer), read by
    /// Elsa's output names (<c>parsedContent</c>, <c>routeData</c>, <c>queryStringData</c>, <c>headers</c>).
    /// </summary>
    public static HttpRequestData FromInput(JsonObject? input) => new()
    {
        Method = (string?)input?["method"] ?? "GET",
        Path = (string?)input?["path"] ?? "/",
        RouteData = ObjectOf(input?["routeData"]),
        QueryStringData = ObjectOf(input?["queryStringData"]),
        Headers = ObjectOf(input?["headers"]),
        ContentType = (string?)input?["contentType"],
        ParsedContent = input?["parsedContent"]?.DeepClone(),
    };

    private static JsonObject ObjectOf(JsonNode? node) => node is JsonObject json ? (JsonObject)json.DeepClone() : [];
}
