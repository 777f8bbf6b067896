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

    /// <summary>The title of a 500.</summary>
    public const string UnexpectedTitle = "Ett oväntat fel inträffade";

    /// <summary>What a person is told when the server failed unexpectedly; the correlation id follows it.</summary>
    public const string UnexpectedDetail =
        "Det som skulle göras kunde inte göras på grund av ett fel i tjänsten. Försök igen om en stund. " +
        "Om felet kvarstår, kontakta samordnaren och ange felkoden.";

    /// <summary>The name of the extension member that carries the correlation id of a 500 (also in the log).</summary>
    public const string CorrelationIdKey = "correlationId";

    /// <summary>400 with one message, which is also the detail.</summary>
    public static ValidationProblem Invalid(string message, string key = RequestKey) =>
        Invalid(message, [message], key);

    /// <summary>400 whose detail is the single message or the messages joined (the title when there are none).</summary>
    public static ValidationProblem Invalid(IReadOnlyCollection<string> messages, string key = RequestKey, string title = InvalidTitle) =>
        Invalid(messages.Count == 0 ? title : string.Join(" ", messages), messages, key, title);

    /// <summary>400 with a summary as the detail and the individual messages under <paramref name="key"/>.</summary>
    public static ValidationProblem Invalid(string detail, IEnumerable<string> messages, string key = RequestKey, string title = InvalidTitle) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal) { [key] = [.. messages] }, detail: detail, title: title);

    /// <summary>400 with messages per field (a JSON path such as <c>options[0].decideBy</c>); the detail joins them all.</summary>
    public static ValidationProblem Invalid(IReadOnlyDictionary<string, string[]> errors, string title = InvalidTitle) =>
        TypedResults.ValidationProblem(errors, detail: string.Join(" ", RequestText.Messages(errors)), title: title);

    /// <summary>404 with a message.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle);

    /// <summary>500 for an unexpected failure, naming the correlation id the log entry carries.</summary>
    public static ProblemHttpResult Unexpected(string correlationId) =>
        TypedResults.Problem(
            detail: $"{UnexpectedDetail} Felkod: {correlationId}.",
            statusCode: StatusCodes.Status500InternalServerError,
            title: UnexpectedTitle,
            extensions: new Dictionary<string, object?> { [CorrelationIdKey] = correlationId });

    /// <summary>A problem for an error status that came without an explanation (an unknown route, a wrong method, a body too large …).</summary>
    public static IResult ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => Invalid("Begäran kunde inte läsas."),
        _ => TypedResults.Problem(detail: StatusDetail(statusCode), statusCode: statusCode, title: StatusTitle(statusCode)),
    };

    private static string StatusTitle(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => "Inloggning krävs",
        StatusCodes.Status403Forbidden => "Åtkomst nekad",
        StatusCodes.Status404NotFound => NotFoundTitle,
        StatusCodes.Status409Conflict => ConflictTitle,
        StatusCodes.Status429TooManyRequests => "För många försök",
        >= 500 => UnexpectedTitle,
        _ => InvalidTitle,
    };

    private static string StatusDetail(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => "Begäran kräver inloggning.",
        StatusCodes.Status403Forbidden => "Du har inte behörighet till det du bad om.",
        StatusCodes.Status404NotFound => "Det finns inget på den adressen.",
        StatusCodes.Status405MethodNotAllowed => "Adressen tar inte emot den metoden (GET, POST, PUT eller DELETE).",
        StatusCodes.Status406NotAcceptable => "Svaret kan inte ges i det format begäran ber om.",
        StatusCodes.Status408RequestTimeout => "Begäran tog för lång tid att ta emot.",
        StatusCodes.Status409Conflict => "Begäran krockar med det som redan finns.",
        StatusCodes.Status411LengthRequired => "Begäran måste ange sin längd (Content-Length).",
        StatusCodes.Status413PayloadTooLarge => "Begäran är för stor.",
        StatusCodes.Status414UriTooLong => "Adressen är för lång.",
        StatusCodes.Status415UnsupportedMediaType => "Begäran har en innehållstyp som inte stöds; skicka JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "För många försök. Vänta en stund och försök igen.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "Begärans huvuden är för stora.",
        >= 500 => "Tjänsten kunde inte svara. Försök igen om en stund.",
        _ => "Begäran kunde inte tas emot.",
    };

    /// <summary>409 with a message.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: ConflictTitle);
}
