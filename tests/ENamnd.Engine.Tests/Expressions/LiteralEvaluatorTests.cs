using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Expressions;

public class LiteralEvaluatorTests
{
    [Fact]
    public async Task Should_UseValueAsIs_When_ExpressionIsLiteral()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("literal", "Literal")
            .WithVariable<int>("Number")
            .Build(new Sequence(
                new WriteLine("Åtgärd: bevilja"),
                new SetVariable("Number", new Input<object>(Expression.Literal(42)))));

        var instance = await harness.RunAsync(definition);

        Assert.Equal(["Åtgärd: bevilja"], instance.Messages());
        Assert.Equal(42, (int)instance.Variables["Number"]!);
    }

    [Fact]
    public async Task Should_ConvertTextToInputType_When_LiteralIsText()
    {
        var harness = new EngineHarness();
        var delay = new Delay(new Input<TimeSpan>(Expression.Literal("02:30:00")));

        var instance = await harness.RunAsync(new WorkflowBuilder("literal-text", "Literal text").Build(delay));

        Assert.Equal(EngineHarness.Epoch.AddHours(2.5), Assert.Single(await harness.BookmarksOfAsync(instance.Id)).DueAt);
    }
}
