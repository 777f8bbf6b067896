using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ENamnd.Http;

/// <summary>
/// Answers a request that an endpoint's parameters could not be bound from (malformed JSON, a value of the wrong type,
/// a missing body or value) with the one problem shape instead of an empty 400 or an exception page. Minimal APIs throw
/// these as <see cref="BadHttpRequestException"/> when <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on, which
/// <see cref="ApiProblemsExtensions.AddApiProblems"/> turns on.
/// </summary>
internal sealed class BindingProblems(RequestDelegate next, ILogger<BindingProblems> logger)
{
    /// <summary>A 400 for a request whose parameters could not be read; other statuses (413, 408) keep theirs.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            logger.LogInformation("{Method} {Path} could not be bound: {Reason}", context.Request.Method, context.Request.Path, e.Message);
            context.Response.Clear();
            await ProblemFor(e).ExecuteAsync(context);
        }
    }

    private static IResult ProblemFor(BadHttpRequestException e) => e switch
    {
        { StatusCode: StatusCodes.Status400BadRequest, InnerException: JsonException json } => ApiProblems.Invalid(JsonRequestBody.Unreadable(json)),
        { StatusCode: StatusCodes.Status400BadRequest } => ApiProblems.Invalid("Begäran saknar ett värde eller har ett värde som inte går att läsa."),
        _ => TypedResults.Problem(detail: "Begäran kunde inte tas emot.", statusCode: e.StatusCode, title: ApiProblems.InvalidTitle),
    };
}
