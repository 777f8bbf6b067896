using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ENamnd.Designer.Api.Tokens;

/// <summary>
/// Elsa's resume links, <c>GET|POST /elsa/api/bookmarks/resume?t=</c> and <c>GET|POST /elsa/api/events/trigger?t=</c>:
/// anonymous, the single-use token is the authority. The input comes from the <c>in</c> query value (JSON) or a POST
/// body <c>{ "input": { … } }</c>, as in Elsa.
/// </summary>
public static class TokenResumeEndpoints
{
    private const string Title = "Länken kan inte användas";

    /// <summary>Maps both routes in a group of their own under <see cref="DesignerApiEndpoints.BasePath"/>, open to anyone; the caller may add a rate limit.</summary>
    public static RouteGroupBuilder MapDesignerTokenRoutes(this IEndpointRouteBuilder app)
    {
        var links = app.MapGroup(DesignerApiEndpoints.BasePath).WithTags("Designer").AllowAnonymous();
        links.MapMethods("/bookmarks/resume", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, [FromQuery(Name = "t")] string? token, TokenResumption resumption) =>
            UseAsync(context, token, ResumeTokens.BookmarkKind, resumption));
        links.MapMethods("/events/trigger", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, [FromQuery(Name = "t")] string? token, TokenResumption resumption) =>
            UseAsync(context, token, ResumeTokens.EventKind, resumption));
        return links;
    }

    private static async Task<Results<Ok<TokenResumeResponse>, ValidationProblem, ProblemHttpResult>> UseAsync(
        HttpContext context, string? token, string kind, TokenResumption resumption)
    {
        if (string.IsNullOrWhiteSpace(token)) return ApiProblems.Invalid("Länken saknar sin token (t).", "t");
        var (input, problem) = await InputAsync(context.Request, context.RequestAborted);
        if (problem is not null) return problem;
        var (outcome, response) = await resumption.UseAsync(token, kind, input, context.RequestAborted);
        return outcome switch
        {
            TokenResumeOutcome.Resumed => TypedResults.Ok(response),
            TokenResumeOutcome.Used => Gone("Länken har redan använts; den kan bara användas en gång."),
            TokenResumeOutcome.Expired => Gone("Länken har gått ut."),
            TokenResumeOutcome.Gone => Gone("Det som länken skulle fortsätta är redan hanterat, eller så har arbetsflödet avslutats."),
            TokenResumeOutcome.NotWaiting => TypedResults.Problem(detail: "Arbetsflödet väntar inte på den här händelsen just nu. Försök igen senare.",
                statusCode: StatusCodes.Status409Conflict, title: Title),
            _ => ApiProblems.NotFound("Länken är ogiltig eller finns inte."),
        };
    }

    private static ProblemHttpResult Gone(string detail) => TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status410Gone, title: Title);

    // GET carries the input as JSON in "in"; POST in the body. Neither is required.
    private static async Task<(JsonObject? Input, ValidationProblem? Problem)> InputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsPost(request.Method))
        {
            if (request.ContentLength is null or 0 && !request.Headers.TransferEncoding.Any()) return (null, null);
            var (body, problem) = await JsonRequestBody.ReadAsync<TokenResumeRequest>(request, cancellationToken);
            return (body?.Input, problem);
        }
        if (request.Query["in"].ToString() is not { Length: > 0 } json) return (null, null);
        try
        {
            return JsonNode.Parse(json) is JsonObject input ? (input, null) : (null, ApiProblems.Invalid("Värdet 'in' måste vara ett JSON-objekt.", "in"));
        }
        catch (JsonException)
        {
            return (null, ApiProblems.Invalid("Värdet 'in' är inte giltig JSON.", "in"));
        }
    }
}
