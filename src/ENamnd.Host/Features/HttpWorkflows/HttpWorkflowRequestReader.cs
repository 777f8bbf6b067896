using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities.Http;
using ENamnd.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// Reads a request to a workflow endpoint into the engine's <see cref="HttpRequestData"/>: the body up to the limit
/// (413 beyond it), parsed as Elsa's parsers do (JSON as JSON, a form as its fields, other text as text; 400 for JSON
/// that does not parse), the query string and the headers without credentials. Bodies are never logged.
/// </summary>
public static class HttpWorkflowRequestReader
{
    /// <summary>Headers that carry credentials; they never reach a workflow's outputs.</summary>
    public static readonly IReadOnlySet<string> CredentialHeaders =
        new HashSet<string>([HeaderNames.Authorization, HeaderNames.Cookie, HeaderNames.ProxyAuthorization], StringComparer.OrdinalIgnoreCase);

    /// <summary>The request, or the problem to answer instead (413 or 400).</summary>
    public static async Task<(HttpRequestData? Request, IResult? Problem)> ReadAsync(HttpContext http, string path, JsonObject routeValues, long limit, CancellationToken cancellationToken)
    {
        var request = http.Request;
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        var body = await ReadBodyAsync(request.Body, limit, cancellationToken);
        if (body is null) return (null, TooLarge(limit));
        var mediaType = HttpContentTypes.MediaType(request.ContentType);
        JsonNode? parsed;
        try
        {
            parsed = await ParseAsync(request, mediaType, body, cancellationToken);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Invalid("Innehållet är inte giltig JSON."));
        }
        catch (InvalidDataException)
        {
            return (null, ApiProblems.Invalid("Formuläret kunde inte läsas."));
        }
        return (new HttpRequestData
        {
            Method = request.Method.ToUpperInvariant(),
            Path = path,
            RouteData = routeValues,
            QueryStringData = ObjectOf(request.Query),
            Headers = ObjectOf(request.Headers.Where(h => !CredentialHeaders.Contains(h.Key))),
            ContentType = mediaType,
            ParsedContent = parsed,
        }, null);
    }

    private static IResult TooLarge(long limit) => TypedResults.Problem(
        detail: $"Begäran är större än de {limit} byte som arbetsflödets adress tar emot.",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "För stor begäran");

    // Reads at most the limit and a byte more, so a larger body is recognised without reading all of it; null when too large.
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return null;
        }
        return buffer.ToArray();
    }

    private static async Task<JsonNode?> ParseAsync(HttpRequest request, string? mediaType, byte[] body, CancellationToken cancellationToken)
    {
        if (body.Length == 0) return null;
        if (mediaType is HttpContentTypes.Json or "text/json" || mediaType?.EndsWith("+json", StringComparison.Ordinal) == true)
            return JsonNode.Parse(body);
        if (mediaType == HttpContentTypes.Form) return ObjectOf(QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)));
        if (mediaType == "multipart/form-data")
        {
            // The fields only: uploaded files are not handed to workflows.
            request.Body = new MemoryStream(body);
            var form = await request.ReadFormAsync(cancellationToken);
            return ObjectOf(form);
        }
        return JsonValue.Create(Encoding.UTF8.GetString(body));
    }

    private static JsonObject ObjectOf(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        var json = new JsonObject();
        foreach (var (name, value) in values)
            json[name] = value.Count == 1 ? JsonValue.Create(value[0]) : new JsonArray([.. value.Select(v => (JsonNode?)JsonValue.Create(v))]);
        return json;
    }
}
