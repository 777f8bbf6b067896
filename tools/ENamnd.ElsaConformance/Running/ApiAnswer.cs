using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Running;

/// <summary>An HTTP answer: status, JSON body (null when there is none or it is not JSON), raw text.</summary>
public sealed record ApiAnswer(int Status, JsonNode? Body, string Text)
{
    /// <summary>Whether the status is 2xx.</summary>
    public bool Ok => Status is >= 200 and < 300;

    /// <summary>The first error a ProblemDetails (or any) body names: an <c>errors</c> message, else detail or title, else the text.</summary>
    public string FirstError
    {
        get
        {
            if (Body is JsonObject problem)
            {
                if (problem["errors"] is JsonObject errors)
                {
                    foreach (var (_, messages) in errors)
                    {
                        if (messages is JsonArray { Count: > 0 } list && list[0] is JsonValue first) return first.ToString();
                    }
                }
                if ((string?)problem["detail"] is { Length: > 0 } detail) return detail;
                if ((string?)problem["title"] is { Length: > 0 } title) return title;
            }
            return Text.Length > 300 ? Text[..300] : Text;
        }
    }

    /// <summary>Reads a response.</summary>
    public static async Task<ApiAnswer> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonNode? body = null;
        try
        {
            if (text.Length > 0) body = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON: the text is the answer.
        }
        return new ApiAnswer((int)response.StatusCode, body, text);
    }

    /// <summary>The JSON content of a body.</summary>
    public static HttpContent Json(JsonNode? body) => JsonContent.Create(body ?? new JsonObject());
}
