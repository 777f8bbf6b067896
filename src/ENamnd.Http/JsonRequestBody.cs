using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Http;

/// <summary>Reads a JSON request body with the application's JSON settings; bad input becomes a 400 in Swedish, never an exception.</summary>
public static class JsonRequestBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/>, or a 400 problem when it is not JSON, empty, malformed, of the wrong shape or
    /// has text that <see cref="RequestText"/> refuses.
    /// </summary>
    public static async Task<(T? Value, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (!request.HasJsonContentType()) return (null, ApiProblems.Invalid("Begäran måste vara JSON (Content-Type: application/json)."));
        if (request.ContentLength == 0) return (null, Empty);
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            if (value is null) return (null, Empty);
            var text = RequestText.Check(value);
            return text.Count > 0 ? (null, ApiProblems.Invalid(text)) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblems.Invalid(Unreadable(e)));
        }
    }

    /// <summary>What is wrong with a body that <paramref name="exception"/> could not read, naming where when it knows.</summary>
    internal static string Unreadable(JsonException exception)
    {
        var where = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "" : $" (vid {exception.Path})";
        return $"Begäran är inte giltig JSON eller har ett värde av fel typ{where}.";
    }

    // A fresh result each time: a result object is not meant to be shared between requests.
    private static ValidationProblem Empty => ApiProblems.Invalid("Begäran saknar innehåll.");
}
