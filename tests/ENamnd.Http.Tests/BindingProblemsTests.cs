using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;

namespace ENamnd.Http.Tests;

public sealed class BindingProblemsTests
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
        Assert.Equal("Begäran kunde inte tas emot.", (string?)problem!["detail"]);
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
    public async Task Should_LetOtherExceptionsThrough_When_TheyAreNotAboutTheRequest()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync(_ => throw new InvalidOperationException("Fel i servern.")));
    }

    private static async Task<(int Status, string? ContentType, JsonObject? Body)> RunAsync(RequestDelegate endpoint)
    {
        var context = HttpExchange.Request("{}").HttpContext;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await new BindingProblems(endpoint, NullLogger<BindingProblems>.Instance).InvokeAsync(context);
        var text = Encoding.UTF8.GetString(body.ToArray());
        return (context.Response.StatusCode, context.Response.ContentType, text.Length == 0 ? null : JsonNode.Parse(text)!.AsObject());
    }
}
