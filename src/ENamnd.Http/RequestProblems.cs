using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ENamnd.Http;

/// <summary>
/// The one place where a request that went wrong gets its answer, so no client ever sees an empty error or a stack
/// trace:
/// <list type="bullet">
/// <item>a request the endpoint's parameters could not be bound from (malformed JSON, a value of the wrong type, a
/// missing body or value) is a 400 validation problem in Swedish; minimal APIs throw these as
/// <see cref="BadHttpRequestException"/> when <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on, which
/// <see cref="ApiProblemsExtensions.AddApiProblems"/> turns on;</item>
/// <item>a form ASP.NET Core refuses to read (a NUL, too many values) is a 400 in Swedish, a page for a browser;</item>
/// <item>an unexpected exception is logged with a correlation id and answered with a Swedish problem (JSON) or a
/// Swedish "försök igen" page (a browser asking for HTML), both naming that id;</item>
/// <item>an error status written without a body (404 of an unknown API route, 405, 415 …) gets a Swedish problem,
/// unless a browser asked for a page.</item>
/// </list>
/// </summary>
internal sealed class RequestProblems(RequestDelegate next, ILogger<RequestProblems> logger)
{
    /// <summary>Runs the rest of the pipeline and answers what went wrong in it.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            logger.LogInformation("{Method} {Path} could not be bound: {Reason}", context.Request.Method, SecretInPath.ForLog(context), e.Message);
            context.Response.Clear();
            await ProblemFor(e).ExecuteAsync(context);
            return;
        }
        catch (InvalidDataException e) when (!context.Response.HasStarted && IsFromFormReading(e))
        {
            // ASP.NET Core refuses a form with a NUL, too many values or too large a part while reading it.
            logger.LogInformation("{Method} {Path} sent a form that could not be read: {Reason}", context.Request.Method, SecretInPath.ForLog(context), e.Message);
            context.Response.Clear();
            await UnreadableFormAsync(context);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left; there is nobody to answer.
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var correlationId = context.TraceIdentifier;
            logger.LogError(e, "{Method} {Path} failed unexpectedly (correlation id {CorrelationId})", context.Request.Method, SecretInPath.ForLog(context), correlationId);
            context.Response.Clear();
            await UnexpectedAsync(context, correlationId);
            return;
        }
        if (IsEmptyError(context.Response) && !RequestKind.WantsPage(context.Request))
            await ApiProblems.ForStatus(context.Response.StatusCode).ExecuteAsync(context);
    }

    private static bool IsEmptyError(HttpResponse response) =>
        response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null or 0 && string.IsNullOrEmpty(response.ContentType);

    private static IResult ProblemFor(BadHttpRequestException e) => e switch
    {
        { StatusCode: StatusCodes.Status400BadRequest, InnerException: JsonException json } => ApiProblems.Invalid(JsonRequestBody.Unreadable(json)),
        { StatusCode: StatusCodes.Status400BadRequest } => ApiProblems.Invalid("Begäran saknar ett värde eller har ett värde som inte går att läsa."),
        _ => ApiProblems.ForStatus(e.StatusCode),
    };

    private static bool IsFromFormReading(InvalidDataException e) =>
        e.TargetSite?.DeclaringType?.Assembly.GetName().Name?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true;

    private static Task UnreadableFormAsync(HttpContext context) => RequestKind.WantsPage(context.Request)
        ? ErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, "Formuläret kunde inte tas emot", UnreadableForm)
        : ApiProblems.Invalid(UnreadableForm).ExecuteAsync(context);

    private const string UnreadableForm =
        "Formuläret kunde inte läsas: det innehåller otillåtna tecken eller är för stort. Gå tillbaka, rätta texten och skicka igen.";

    private static Task UnexpectedAsync(HttpContext context, string correlationId) => RequestKind.WantsPage(context.Request)
        ? ErrorPage.WriteAsync(context, StatusCodes.Status500InternalServerError, "Något gick fel", ApiProblems.UnexpectedDetail, correlationId)
        : ApiProblems.Unexpected(correlationId).ExecuteAsync(context);
}
