using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ENamnd.Http.Tests;

public sealed class RequestProblemsTests
{
    [Fact]
    public async Task Should_NameWhereTheJsonBroke_When_TheBodyCouldNotBeBound()
    {
        var failure = new BadHttpRequestException("Failed to read parameter.", new JsonException("Wrong type.", "$.roles", 0, 9));

        var (status, contentType, problem) = await RunAsync(_ => throw failure);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Ogiltig begäran", (string?)problem!["title"]);
        Assert.Equal("Begäran är inte giltig JSON eller har ett värde av fel typ (vid $.roles).", (string?)problem["detail"]);
        Assert.Equal(["Begäran är inte giltig JSON eller har ett värde av fel typ (vid $.roles)."], problem["errors"]!["request"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Should_AnswerAValidationProblem_When_AValueIsMissing()
    {
        var (status, _, problem) = await RunAsync(_ => throw new BadHttpRequestException("Required parameter \"string id\" was not provided from query string."));

        Assert.Equal(400, status);
        Assert.Equal("Begäran saknar ett värde eller har ett värde som inte går att läsa.", (string?)problem!["detail"]);
        Assert.IsType<JsonArray>(problem["errors"]!["request"]);
    }

    [Fact]
    public async Task Should_KeepTheStatus_When_TheRequestFailsForAnotherReason()
    {
        var (status, contentType, problem) = await RunAsync(_ => throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));

        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Begäran är för stor.", (string?)problem!["detail"]);
    }

    [Fact]
    public async Task Should_LeaveTheAnswerAlone_When_TheEndpointSucceeds()
    {
        var (status, contentType, problem) = await RunAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });

        Assert.Equal(204, status);
        Assert.Null(contentType);
        Assert.Null(problem);
    }

    [Fact]
    public async Task Should_AnswerASwedishProblemNamingTheLoggedCorrelationId_When_TheServerFails()
    {
        var logger = new ListLogger<RequestProblems>();

        var (status, contentType, problem) = await RunAsync(_ => throw new InvalidOperationException("Fel i servern."), logger: logger);

        Assert.Equal(500, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Ett oväntat fel inträffade", (string?)problem!["title"]);
        var correlationId = (string?)problem["correlationId"];
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.Contains($"Felkod: {correlationId}.", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain("Fel i servern", problem.ToJsonString(), StringComparison.Ordinal);
        var entry = Assert.Single(logger.Lines);
        Assert.StartsWith("Error: ", entry, StringComparison.Ordinal);
        Assert.Contains($"correlation id {correlationId}", entry, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: Fel i servern.", entry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_ShowASwedishPageWithTheCorrelationId_When_TheServerFailsABrowser()
    {
        var context = HttpExchange.Request("{}").HttpContext;
        context.Request.Headers.Accept = "text/html,application/xhtml+xml";
        context.TraceIdentifier = "0HN-test:0001";

        var (status, contentType, text) = await RunRawAsync(context, _ => throw new InvalidOperationException("Fel i servern."));

        Assert.Equal(500, status);
        Assert.Equal("text/html; charset=utf-8", contentType);
        Assert.Contains("<html lang=\"sv\">", text, StringComparison.Ordinal);
        Assert.Contains("<h1>Något gick fel</h1>", text, StringComparison.Ordinal);
        Assert.Contains("Försök igen", text, StringComparison.Ordinal);
        Assert.Contains("<code>0HN-test:0001</code>", text, StringComparison.Ordinal);
        Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task Should_StaySilent_When_TheClientLeft()
    {
        var context = HttpExchange.Request("{}").HttpContext;
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        context.RequestAborted = aborted.Token;

        var (status, contentType, text) = await RunRawAsync(context, _ => throw new OperationCanceledException(aborted.Token));

        Assert.Equal(200, status);
        Assert.Null(contentType);
        Assert.Equal("", text);
    }

    [Theory]
    [InlineData(404, "Hittades inte", "Det finns inget på den adressen.")]
    [InlineData(405, "Ogiltig begäran", "Adressen tar inte emot den metoden (GET, POST, PUT eller DELETE).")]
    [InlineData(415, "Ogiltig begäran", "Begäran har en innehållstyp som inte stöds; skicka JSON (Content-Type: application/json).")]
    public async Task Should_ExplainAnErrorStatusInSwedish_When_ItCameWithoutABody(int code, string title, string detail)
    {
        var (status, contentType, problem) = await RunAsync(context =>
        {
            context.Response.StatusCode = code;
            return Task.CompletedTask;
        });

        Assert.Equal(code, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(title, (string?)problem!["title"]);
        Assert.Equal(detail, (string?)problem["detail"]);
    }

    [Fact]
    public async Task Should_GiveAnEmpty400TheValidationShape_When_ItCameWithoutABody()
    {
        var (status, _, problem) = await RunAsync(context =>
        {
            context.Response.StatusCode = 400;
            return Task.CompletedTask;
        });

        Assert.Equal(400, status);
        Assert.Equal(["Begäran kunde inte läsas."], problem!["errors"]!["request"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Should_LeaveAnEmptyErrorToThePage_When_ABrowserAskedForIt()
    {
        var context = HttpExchange.Request("{}").HttpContext;
        context.Request.Headers.Accept = "text/html";

        var (status, contentType, text) = await RunRawAsync(context, c =>
        {
            c.Response.StatusCode = 404;
            return Task.CompletedTask;
        });

        Assert.Equal(404, status);
        Assert.Null(contentType);
        Assert.Equal("", text);
    }

    private static async Task<(int Status, string? ContentType, JsonObject? Body)> RunAsync(RequestDelegate endpoint, ILogger<RequestProblems>? logger = null)
    {
        var (status, contentType, text) = await RunRawAsync(HttpExchange.Request("{}").HttpContext, endpoint, logger);
        return (status, contentType, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }

    private static async Task<(int Status, string? ContentType, string Text)> RunRawAsync(HttpContext context, RequestDelegate endpoint, ILogger<RequestProblems>? logger = null)
    {
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new RequestProblems(endpoint, logger ?? NullLogger<RequestProblems>.Instance).InvokeAsync(context);
        return (context.Response.StatusCode, context.Response.ContentType, Encoding.UTF8.GetString(body.ToArray()));
    }
}
