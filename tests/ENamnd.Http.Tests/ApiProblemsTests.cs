using System.Text.Json.Nodes;

namespace ENamnd.Http.Tests;

public sealed class ApiProblemsTests
{
    [Fact]
    public async Task Should_ListTheMessageUnderRequest_When_OneMessageIsGiven()
    {
        var (status, contentType, problem) = await HttpExchange.AnswerAsync(ApiProblems.Invalid("Ange en roll (role)."));

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Equal("Ogiltig begäran", (string?)problem["title"]);
        Assert.Equal("Ange en roll (role).", (string?)problem["detail"]);
        Assert.False(string.IsNullOrEmpty((string?)problem["type"]));
        Assert.Equal(["request"], Keys(problem));
        Assert.Equal(["Ange en roll (role)."], Messages(problem, "request"));
    }

    [Fact]
    public async Task Should_JoinTheMessagesIntoTheDetail_When_SeveralAreGiven()
    {
        var (_, _, problem) = await HttpExchange.AnswerAsync(ApiProblems.Invalid(["Namn saknas.", "Okänd kommun: 'Oslo'."]));

        Assert.Equal("Namn saknas. Okänd kommun: 'Oslo'.", (string?)problem["detail"]);
        Assert.Equal(["Namn saknas.", "Okänd kommun: 'Oslo'."], Messages(problem, "request"));
    }

    [Fact]
    public async Task Should_KeepTheSummaryAsDetail_When_OneIsGivenWithTheMessages()
    {
        var (_, _, problem) = await HttpExchange.AnswerAsync(ApiProblems.Invalid("Filtret är ogiltigt.", ["from måste vara ett datum.", "to måste vara ett datum."]));

        Assert.Equal("Filtret är ogiltigt.", (string?)problem["detail"]);
        Assert.Equal(["from måste vara ett datum.", "to måste vara ett datum."], Messages(problem, "request"));
    }

    [Fact]
    public async Task Should_UseTheCallersKeyAndTitle_When_TheyAreNamed()
    {
        var (_, _, problem) = await HttpExchange.AnswerAsync(ApiProblems.Invalid(["Begäran saknar arbetsflödet."], "workflowDefinition", "Arbetsflödet kunde inte sparas"));

        Assert.Equal("Arbetsflödet kunde inte sparas", (string?)problem["title"]);
        Assert.Equal("Begäran saknar arbetsflödet.", (string?)problem["detail"]);
        Assert.Equal(["workflowDefinition"], Keys(problem));
    }

    [Fact]
    public async Task Should_UseTheTitleAsDetail_When_NoMessageIsGiven()
    {
        var (status, _, problem) = await HttpExchange.AnswerAsync(ApiProblems.Invalid([]));

        Assert.Equal(400, status);
        Assert.Equal("Ogiltig begäran", (string?)problem["detail"]);
        Assert.Empty(Messages(problem, "request"));
    }

    [Fact]
    public async Task Should_AnswerHittadesInteWithoutErrors_When_NotFound()
    {
        var (status, contentType, problem) = await HttpExchange.AnswerAsync(ApiProblems.NotFound("Avtalet 'x' finns inte."));

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Hittades inte", (string?)problem["title"]);
        Assert.Equal("Avtalet 'x' finns inte.", (string?)problem["detail"]);
        Assert.Null(problem["errors"]);
    }

    [Fact]
    public async Task Should_AnswerKonfliktWithoutErrors_When_Conflict()
    {
        var (status, contentType, problem) = await HttpExchange.AnswerAsync(ApiProblems.Conflict("Sammanträdet är redan inställt."));

        Assert.Equal(409, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("Konflikt", (string?)problem["title"]);
        Assert.Equal("Sammanträdet är redan inställt.", (string?)problem["detail"]);
        Assert.Null(problem["errors"]);
    }

    private static IEnumerable<string> Keys(JsonObject problem) => Assert.IsType<JsonObject>(problem["errors"]).Select(entry => entry.Key);

    private static IEnumerable<string> Messages(JsonObject problem, string key) =>
        Assert.IsType<JsonArray>(problem["errors"]![key]).Select(message => message!.GetValue<string>());
}
