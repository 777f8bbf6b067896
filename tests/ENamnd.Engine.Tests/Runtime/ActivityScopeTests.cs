using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Runtime;

public class ActivityScopeTests
{
    private static Input<ICollection<object>> Items(params object[] items) => new(items);

    [Fact]
    public async Task Should_ShadowWorkflowVariableOnlyInsideBody_When_LoopDeclaresSameName()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(Items("a", "b")) { Body = new WriteLine(new Input<string>(Expression.Variable("CurrentValue"))) };
        var root = new Sequence(loop, new WriteLine(new Input<string>(Expression.Variable("CurrentValue"))));

        var instance = await harness.RunAsync(new WorkflowBuilder("skuggning", "Skuggning").WithVariable("CurrentValue", "utanför").Build(root));

        InstanceAssert.Finished(instance);
        Assert.Equal(["a", "b", "utanför"], instance.Messages());
    }

    [Fact]
    public async Task Should_ChangeOnlyTheScope_When_BodySetsItsOwnVariable()
    {
        var harness = new EngineHarness();
        var loop = new ForEach(Items(1, 2))
        {
            Body = new Sequence(
                new SetVariable("CurrentValue", new Input<object>(Expression.JavaScript("variables.CurrentValue * 10"))),
                new SetVariable("Total", new Input<object>(Expression.JavaScript("variables.Total + getVariable('CurrentValue')")))),
        };

        var instance = await harness.RunAsync(new WorkflowBuilder("omfang", "Omfång").WithVariable("Total", 0).Build(loop));

        InstanceAssert.Finished(instance);
        Assert.Equal(30, (int)instance.Variables["Total"]!);
        Assert.False(instance.Variables.ContainsKey("CurrentValue"));
    }

    [Fact]
    public async Task Should_SeeNearestScopeFirst_When_LoopsAreNested()
    {
        var harness = new EngineHarness();
        var inner = new ForEach(Items("x", "y"))
        {
            Body = new WriteLine(new Input<string>(Expression.JavaScript("variables.CurrentValue + getVariable('CurrentIndex')"))),
        };
        var outer = new For(1, 2) { Body = new Sequence(new WriteLine(new Input<string>(Expression.JavaScript("'varv ' + variables.CurrentValue"))), inner) };

        var instance = await harness.RunAsync(new WorkflowBuilder("nastlat-omfang", "Nästlat omfång").Build(outer));

        InstanceAssert.Finished(instance);
        Assert.Equal(["varv 1", "x0", "y1", "varv 2", "x0", "y1"], instance.Messages());
    }
}
