using Microsoft.AspNetCore.Http.HttpResults;

namespace ENamnd.Http.Tests;

public sealed class CommandResultTests
{
    [Fact]
    public void Should_AnswerWhatTheCommandMade_When_ItWasDone()
    {
        var command = CommandResult<string>.Done("c1");

        var result = command.ToResult(TypedResults.Ok, "Ärendet är inte giltigt.");

        Assert.Equal("c1", Assert.IsType<Ok<string>>(result.Result).Value);
        Assert.True(command.IsDone);
        Assert.Null(command.Error);
    }

    [Theory]
    [InlineData(CommandStatus.NotFound, 404, "Uppgiften finns inte.")]
    [InlineData(CommandStatus.Conflict, 409, "Uppgiften är redan besvarad.")]
    [InlineData(CommandStatus.Invalid, 400, "Ogiltig e-postadress.")]
    public async Task Should_AnswerTheSwedishProblem_When_TheCommandWasRefused(CommandStatus refusal, int expected, string error)
    {
        var command = new CommandResult<string>(refusal, null, [error]);

        var (status, _, problem) = await HttpExchange.AnswerAsync(command.ToResult(TypedResults.Ok, "Sammanfattning.").Result);

        Assert.Equal(expected, status);
        Assert.Equal(error, (string?)problem["detail"]);
        Assert.False(command.IsDone);
        Assert.Equal(error, command.Error);
    }

    [Fact]
    public async Task Should_SumUpSeveralReasons_When_TheCommandIsInvalidInMoreThanOneWay()
    {
        var command = CommandResult<string>.Invalid(["Rubrik saknas.", "Okänd typ."]);

        var (status, _, problem) = await HttpExchange.AnswerAsync((await command.ToResultAsync(v => Task.FromResult(TypedResults.Ok(v)), "Punkten är ogiltig.")).Result);

        Assert.Equal(400, status);
        Assert.Equal("Punkten är ogiltig.", (string?)problem["detail"]);
        Assert.Equal("Rubrik saknas. Okänd typ.", command.Error);
    }
}
