namespace ENamnd.Host.Infrastructure.Http;

/// <summary>ProblemDetails answers with Swedish messages.</summary>
public static class Problems
{
    /// <summary>400 with a message and optionally the individual errors.</summary>
    public static IResult Invalid(string detail, IReadOnlyList<string>? errors = null) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Ogiltig begäran",
            extensions: errors is null ? null : new Dictionary<string, object?> { ["errors"] = errors });

    /// <summary>404 with a message.</summary>
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Hittades inte");

    /// <summary>409 with a message.</summary>
    public static IResult Conflict(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status409Conflict, title: "Konflikt");
}
