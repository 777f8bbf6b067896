using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Activities;

public class ForEachTests
{
    private static Input<ICollection<object>> Items(params string[] items) => new(items.Cast<object>().ToArray());

    [Fact]
    public async Task Should_RunBodyForEveryItemInOrder_When_ItemsComeFromScript()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(new Input<ICollection<object>>(Expression.JavaScript("['a', 'b', 'c']")))
        {
            CurrentValue = Output<object?>.To("Aktuell"),
            Body = new WriteLine(new Input<string>(Expression.JavaScript("getVariable('CurrentIndex') + ':' + variables.CurrentValue"))),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-varje", "För varje").WithVariable<string>("Aktuell").Build(loop));

        InstanceAssert.Finished(instance);
        Assert.Equal(["0:a", "1:b", "2:c"], instance.Messages());
        Assert.Equal("c", (string?)instance.Variables["Aktuell"]);
        Assert.False(instance.Variables.ContainsKey("CurrentValue"));
    }

    [Fact]
    public async Task Should_LeaveLoopAndSkipRestOfBody_When_BodyBreaks()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(Items("C#", "Rust", "Go"))
        {
            CurrentValue = Output<object?>.To("CurrentItem"),
            Body = new Sequence(
                new If(new Input<bool>(Expression.JavaScript("variables.CurrentItem == 'Rust'"))) { Then = new Break() },
                new WriteLine(new Input<string>(Expression.Variable("CurrentItem")))),
        };
        var root = new Sequence(new WriteLine("Start"), loop, new WriteLine("End"));

        var instance = await harness.RunAsync(new WorkflowBuilder("for-varje-bryt", "För varje med brytning").WithVariable("CurrentItem", "").Build(root));

        InstanceAssert.Finished(instance);
        Assert.Equal(["Start", "C#", "End"], instance.Messages());
    }

    [Fact]
    public async Task Should_LeaveOnlyInnerLoop_When_NestedLoopBreaks()
    {
        var harness = new EngineHarness();
        var inner = new ForEach(Items("Klasser", "Funktioner", "Moduler"))
        {
            CurrentValue = Output<object?>.To("Inre"),
            Body = new Sequence(
                new If(new Input<bool>(Expression.JavaScript("variables.Inre == 'Funktioner'"))) { Then = new Break() },
                new WriteLine(new Input<string>(Expression.Variable("Inre")))),
        };
        var outer = new ForEach(Items("C#", "Rust", "Go"))
        {
            CurrentValue = Output<object?>.To("Yttre"),
            Body = new Sequence(new WriteLine(new Input<string>(Expression.Variable("Yttre"))), inner),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("nastlad", "Nästlad loop").WithVariable("Yttre", "").WithVariable("Inre", "").Build(outer));

        InstanceAssert.Finished(instance);
        Assert.Equal(["C#", "Klasser", "Rust", "Klasser", "Go", "Klasser"], instance.Messages());
    }

    [Fact]
    public async Task Should_ResumeWithNextItem_When_BodyWaitsForEvent()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(Items("ett", "två"))
        {
            Body = new Sequence(
                new Event(new Input<string>(Expression.JavaScript("'svar-' + variables.CurrentValue"))),
                new WriteLine(new Input<string>(Expression.JavaScript("variables.CurrentValue + ' besvarad'")))),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-varje-vantar", "För varje som väntar").Build(new Sequence(loop, new WriteLine("alla besvarade"))));
        Assert.Equal(["svar-ett"], await harness.WaitingEventsAsync(instance.Id));

        instance = await harness.ResumeEventAsync(instance.Id, "svar-ett", new JsonObject { ["ok"] = true });
        Assert.Equal(["svar-två"], await harness.WaitingEventsAsync(instance.Id));
        instance = await harness.ResumeEventAsync(instance.Id, "svar-två");

        InstanceAssert.Finished(instance);
        Assert.Equal(["ett besvarad", "två besvarad", "alla besvarade"], instance.Messages());
    }

    [Fact]
    public async Task Should_TakeItemsFromJsonText_When_DesignerStoredLiteral()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(new Input<ICollection<object>>(Expression.Literal("[\"x\", 2]")))
        {
            Body = new WriteLine(new Input<string>(Expression.JavaScript("typeof variables.CurrentValue + ' ' + variables.CurrentValue"))),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("for-varje-text", "För varje från text").Build(loop));

        InstanceAssert.Finished(instance);
        Assert.Equal(["string x", "number 2"], instance.Messages());
    }
}
