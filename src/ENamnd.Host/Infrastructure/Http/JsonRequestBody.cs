using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Http;

/// <summary>Reads a JSON request body with the host's JSON settings; malformed input becomes a 400 with a Swedish message.</summary>
internal static class JsonRequestBody
{
    /// <summary>The body as <typeparamref name="T"/>, or a 400 problem when it is missing, not JSON or of the wrong shape.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType()) return (null, Problems.Invalid("Begäran måste vara JSON (Content-Type: application/json)."));
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            return value is null ? (null, Problems.Invalid("Begäran saknar innehåll.")) : (value, null);
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (vid {e.Path})";
            return (null, Problems.Invalid($"Begäran är inte giltig JSON eller har ett värde av fel typ{where}."));
        }
    }
}
