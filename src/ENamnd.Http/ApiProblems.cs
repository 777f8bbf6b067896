using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Http;

/// <summary>
/// The one error shape of the host's and the designer's APIs: RFC 7807 problems with Swedish titles and messages.
/// Every 400 is a validation problem whose <c>errors</c> maps a field or resource name to string arrays, because
/// Elsa Studio reads a 400 as Refit's ProblemDetails and breaks on any other <c>errors</c> (a plain list, say);
/// 404 and 409 carry a title and a detail only.
/// </summary>
public static class ApiProblems
{
    /// <summary>The key the messages of a 400 are listed under when no field or resource is named.</summary>
    public const string RequestKey = "request";

    /// <summary>The title of a 400 unless the caller names a better one.</summary>
    public const string InvalidTitle = "Ogiltig begäran";

    /// <summary>The title of a 404.</summary>
    public const string NotFoundTitle = "Hittades inte";

    /// <summary>The title of a 409.</summary>
    public const string ConflictTitle = "Konflikt";

    /// <summary>400 with one message, which is also the detail.</summary>
    public static ValidationProblem Invalid(string message, string key = RequestKey) =>
        Invalid(message, [message], key);

    /// <summary>400 whose detail is the single message or the messages joined (the title when there are none).</summary>
    public static ValidationProblem Invalid(IReadOnlyCollection<string> messages, string key = RequestKey, string title = InvalidTitle) =>
        Invalid(messages.Count == 0 ? title : string.Join(" ", messages), messages, key, title);

    /// <summary>400 with a summary as the detail and the individual messages under <paramref name="key"/>.</summary>
    public static ValidationProblem Invalid(string detail, IEnumerable<string> messages, string key = RequestKey, string title = InvalidTitle) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [key] = [.. messages] }, detail: detail, title: title);

    /// <summary>404 with a message.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);

    /// <summary>409 with a message.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
}
