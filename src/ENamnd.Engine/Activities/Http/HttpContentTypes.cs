namespace ENamnd.Engine.Activities.Http;

/// <summary>The content types the HTTP activities offer (from Elsa's <c>AvailableContentTypes</c>) and how a body is formatted.</summary>
public static class HttpContentTypes
{
    /// <summary>JSON.</summary>
    public const string Json = "application/json";

    /// <summary>Plain text.</summary>
    public const string Text = "text/plain";

    /// <summary>A URL-encoded form.</summary>
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>XML.</summary>
    public const string Xml = "application/xml";

    /// <summary>Bytes.</summary>
    public const string Binary = "application/octet-stream";

    /// <summary>HTML.</summary>
    public const string Html = "text/html";

    /// <summary>
    /// A body as text with its content type, as Elsa writes content: text is sent as it is (<c>text/plain</c> unless a type is
    /// given), an object as JSON (<c>application/json</c>), or as a URL-encoded form when that type is given. Null content has no body.
    /// </summary>
    public static (string? Body, string? ContentType) Format(object? content, string? contentType)
    {
        var type = string.IsNullOrWhiteSpace(contentType) ? null : contentType.Trim();
        return content switch
        {
            null => (null, type),
            string text => (text, type ?? Text),
            System.Text.Json.Nodes.JsonValue value when value.TryGetValue<string>(out var text) => (text, type ?? Text),
            _ when MediaType(type) == Form => (FormOf(content), type),
            _ => (Expressions.ValueConverter.ToNode(content)?.ToJsonString() ?? "null", type ?? Json),
        };
    }

    /// <summary>The media type of a content type, lower case and without parameters: <c>text/plain; charset=utf-8</c> gives <c>text/plain</c>.</summary>
    public static string? MediaType(string? contentType) =>
        contentType?.Split(';', 2)[0].Trim().ToLowerInvariant() is { Length: > 0 } media ? media : null;

    private static string FormOf(object content) =>
        string.Join('&', (Expressions.ValueConverter.ToNode(content) as System.Text.Json.Nodes.JsonObject ?? [])
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : p.Value?.ToJsonString() ?? "")));
}
