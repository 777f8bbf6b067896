using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace ENamnd.Engine.Activities.Http;

/// <summary>
/// What both request activities share (Elsa's <c>SendHttpRequestBase</c>): the request inputs, sending it through
/// <see cref="IHttpClientFactory"/> and the response outputs. A subclass decides where the flow goes from the status code,
/// a failed connection or a timeout.
/// </summary>
public abstract class SendHttpRequestBase : Activity
{
    /// <summary>The name of the <see cref="HttpClient"/> the activities send with.</summary>
    public const string HttpClientName = "ENamnd.SendHttpRequest";

    /// <summary>The address to send to.</summary>
    [Input(DisplayName = "Adress", Description = "Fullständig adress, t.ex. https://exempel.se/api/ärenden.", Order = 0)]
    public Input<string?> Url { get; set; } = new((string?)null);

    /// <summary>The HTTP method.</summary>
    [Input(DisplayName = "Metod", UIHint = "dropdown", Options = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"], Order = 1)]
    public Input<string> Method { get; set; } = new("GET");

    /// <summary>The content to send: text as it is, anything else as JSON.</summary>
    [Input(DisplayName = "Innehåll", Description = "Skickas bara när en innehållstyp är vald. Text skickas som den är, objekt som JSON.", UIHint = "multiline", Order = 2)]
    public Input<object?> Content { get; set; } = new((object?)null);

    /// <summary>The content type of the content.</summary>
    [Input(DisplayName = "Innehållstyp", UIHint = "dropdown", Options = ["", HttpContentTypes.Json, HttpContentTypes.Xml, HttpContentTypes.Form, HttpContentTypes.Text, HttpContentTypes.Html], Order = 3)]
    public Input<string?> ContentType { get; set; } = new((string?)null);

    /// <summary>The Authorization header, e.g. <c>Bearer …</c>.</summary>
    [Input(DisplayName = "Authorization", Description = "Värdet i huvudet Authorization, t.ex. Bearer <token>.", Category = "Säkerhet", Order = 4)]
    public Input<string?> Authorization { get; set; } = new((string?)null);

    /// <summary>Whether the Authorization value is sent without checking its form.</summary>
    [Input(DisplayName = "Skicka Authorization okontrollerat", Category = "Säkerhet", Order = 5)]
    public Input<bool> DisableAuthorizationHeaderValidation { get; set; } = new(false);

    /// <summary>Further headers.</summary>
    [Input(DisplayName = "Huvuden", Description = "Ett JSON-objekt, t.ex. {\"X-Namn\": \"värde\"}.", UIHint = "json-editor", Category = "Avancerat", Order = 6)]
    public Input<object?> RequestHeaders { get; set; } = new((object?)null);

    /// <summary>The response's status code.</summary>
    [Output(DisplayName = "Statuskod")]
    public Output<int> StatusCode { get; set; } = new();

    /// <summary>The response body: JSON as JSON, anything else as text.</summary>
    [Output(DisplayName = "Tolkat innehåll")]
    public Output<object?> ParsedContent { get; set; } = new();

    /// <summary>The response headers.</summary>
    [Output(DisplayName = "Svarshuvuden")]
    public Output<JsonObject> ResponseHeaders { get; set; } = new();

    /// <inheritdoc />
    protected internal override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        using var request = Prepare(context);
        var factory = context.Services.GetService(typeof(IHttpClientFactory)) as IHttpClientFactory
            ?? throw new InvalidOperationException("IHttpClientFactory is not registered.");
        var client = factory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
        catch (HttpRequestException e)
        {
            context.Logger.LogWarning("{ActivityNodeId}: {Method} {Host} failed: {Error}", NodeId, request.Method, request.RequestUri?.Host, e.Message);
            OnFailedToConnect(context);
            return;
        }
        catch (TaskCanceledException)
        {
            context.Logger.LogWarning("{ActivityNodeId}: {Method} {Host} timed out", NodeId, request.Method, request.RequestUri?.Host);
            OnTimeout(context);
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            context.Set(StatusCode, status);
            context.Set(ResponseHeaders, HeadersOf(response));
            context.Set(ParsedContent, await ReadAsync(response, HttpActivityOptions.Of(context.Services).MaxResponseBodyBytes));
            OnResponse(context, status);
        }
    }

    /// <summary>Continues after a response with <paramref name="statusCode"/>.</summary>
    protected abstract void OnResponse(ActivityExecutionContext context, int statusCode);

    /// <summary>Continues after the connection failed.</summary>
    protected abstract void OnFailedToConnect(ActivityExecutionContext context);

    /// <summary>Continues after the request timed out.</summary>
    protected abstract void OnTimeout(ActivityExecutionContext context);

    private HttpRequestMessage Prepare(ActivityExecutionContext context)
    {
        var url = context.Get(Url);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ActivityFaultException($"Adressen '{url}' är ingen fullständig http- eller https-adress.");
        var request = new HttpRequestMessage(new HttpMethod((context.Get(Method) is { Length: > 0 } m ? m : "GET").Trim().ToUpperInvariant()), uri);
        if (context.Get(Authorization) is { Length: > 0 } authorization)
        {
            if (context.Get(DisableAuthorizationHeaderValidation)) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            else if (AuthenticationHeaderValue.TryParse(authorization, out var parsed)) request.Headers.Authorization = parsed;
            else throw new ActivityFaultException("Värdet i Authorization har fel form; det ska vara t.ex. Bearer <token>.");
        }
        foreach (var (name, values) in HttpHeaderValues.From(context.Get(RequestHeaders)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, values)) throw new ActivityFaultException($"Huvudet '{name}' kan inte skickas med begäran.");
        }
        // As Elsa: content is sent only with a content type.
        if (context.Get(ContentType) is { Length: > 0 } contentType && context.Get(Content) is { } content)
        {
            var (body, type) = HttpContentTypes.Format(content, contentType);
            request.Content = new StringContent(body ?? "", Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.TryParse(type, out var header) ? header
                : throw new ActivityFaultException($"Innehållstypen '{type}' är ogiltig.");
        }
        return request;
    }

    private static JsonObject HeadersOf(HttpResponseMessage response)
    {
        var headers = new JsonObject();
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            var list = values.ToList();
            headers[name] = list.Count == 1 ? JsonValue.Create(list[0]) : new JsonArray([.. list.Select(v => (JsonNode?)JsonValue.Create(v))]);
        }
        return headers;
    }

    // Reads at most the limit and a byte more, so a larger body is recognised without reading all of it.
    private static async Task<object?> ReadAsync(HttpResponseMessage response, long limit)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) throw new ActivityFaultException($"Svaret är större än de {limit} byte som tillåts.");
        }
        if (buffer.Length == 0) return null;
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        if (HttpContentTypes.MediaType(response.Content.Headers.ContentType?.MediaType) is { } media && (media == HttpContentTypes.Json || media.EndsWith("+json", StringComparison.Ordinal)))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return text;
            }
        }
        return text;
    }
}
