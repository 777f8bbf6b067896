using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Http.Tests;

public sealed class JsonRequestBodyTests
{
    private enum Size { Small, Large }

    private sealed record Sample(string Name, int Count, Size Size, List<string>? Tags);

    [Fact]
    public async Task Should_ReadTheBodyWithTheApplicationsJsonOptions_When_ItIsValid()
    {
        var (value, problem) = await ReadAsync("""{"name":"Kalix","count":3,"size":"Large","tags":["a"]}""");

        Assert.Null(problem);
        Assert.Equal("Kalix", value!.Name);
        Assert.Equal(3, value.Count);
        Assert.Equal(Size.Large, value.Size);
        Assert.Equal(["a"], value.Tags!);
    }

    [Fact]
    public async Task Should_AskForJson_When_TheContentTypeIsNotJson()
    {
        var (value, problem) = await ReadAsync("""{"name":"Kalix"}""", "text/plain");

        Assert.Null(value);
        Assert.Equal("Begäran måste vara JSON (Content-Type: application/json).", problem!.ProblemDetails.Detail);
    }

    [Fact]
    public async Task Should_SayTheBodyIsMissing_When_ItIsEmpty()
    {
        var (value, problem) = await ReadAsync("");

        Assert.Null(value);
        Assert.Equal("Begäran saknar innehåll.", problem!.ProblemDetails.Detail);
    }

    [Fact]
    public async Task Should_SayTheBodyIsMissing_When_ItIsJsonNull()
    {
        var (value, problem) = await ReadAsync("null");

        Assert.Null(value);
        Assert.Equal("Begäran saknar innehåll.", problem!.ProblemDetails.Detail);
    }

    [Fact]
    public async Task Should_NameWhereItBroke_When_TheJsonIsMalformed()
    {
        var (value, problem) = await ReadAsync("""{"name":"Kalix","tags":["a",""");

        Assert.Null(value);
        Assert.StartsWith("Begäran är inte giltig JSON", problem!.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.Contains("(vid $.tags", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"Kalix","count":"tre"}""", "$.count")]
    [InlineData("""{"name":"Kalix","size":"Enorm"}""", "$.size")]
    [InlineData("""{"name":"Kalix","tags":"a"}""", "$.tags")]
    public async Task Should_NameTheMember_When_AValueHasTheWrongType(string json, string path)
    {
        var (value, problem) = await ReadAsync(json);

        Assert.Null(value);
        Assert.Equal($"Begäran är inte giltig JSON eller har ett värde av fel typ (vid {path}).", problem!.ProblemDetails.Detail);
        Assert.Equal([problem.ProblemDetails.Detail!], problem.ProblemDetails.Errors[ApiProblems.RequestKey]);
        Assert.Equal(400, problem.StatusCode);
    }

    private static Task<(Sample? Value, ValidationProblem? Problem)> ReadAsync(string body, string contentType = "application/json") =>
        JsonRequestBody.ReadAsync<Sample>(HttpExchange.Request(body, contentType), CancellationToken.None);
}
