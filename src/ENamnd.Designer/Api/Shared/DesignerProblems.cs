using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Designer.Api.Shared;

/// <summary>
/// Error answers the designer can show. Elsa Studio reads a 400 <c>application/problem+json</c> body as
/// Refit's ProblemDetails, whose <c>errors</c> must map field names to string arrays; anything else there
/// (a plain list) breaks the client, so every 400 here is a validation problem.
/// </summary>
public static class DesignerProblems
{
    /// <summary>The key the messages are listed under.</summary>
    public const string ErrorKey = "workflowDefinition";

    /// <summary>400 with one or more messages.</summary>
    public static ValidationProblem Invalid(string title, IEnumerable<string> errors)
    {
        var messages = errors.ToArray();
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [ErrorKey] = messages },
            detail: string.Join(" ", messages),
            title: title);
    }

    /// <summary>404 with a message.</summary>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Hittades inte");

    /// <summary>409 with a message.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Konflikt");
}
