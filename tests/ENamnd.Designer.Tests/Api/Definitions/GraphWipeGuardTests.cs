using ENamnd.Designer.Api.Definitions;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Designer.Tests.Api.Definitions;

public class GraphWipeGuardTests
{
    private static readonly HashSet<(string, int)> AllDescribed = [("Elsa.WriteLine", 1), ("Elsa.Flowchart", 1), ("Elsa.Sequence", 1)];

    private static WorkflowDefinition Graph(params string[] ids)
    {
        var flowchart = new Flowchart();
        foreach (var id in ids) flowchart.Add(new WriteLine(new Input<string>("Hej")) { Id = id });
        return new WorkflowBuilder("def", "Test").Build(flowchart);
    }

    [Fact]
    public void Should_Refuse_When_EmptyGraphReplacesMoreThanTwoActivities()
    {
        var refusal = GraphWipeGuard.Check(Graph(), Graph("a", "b", "c"), AllDescribed);

        Assert.NotNull(refusal);
        Assert.Contains("tömma diagrammet", refusal);
    }

    [Fact]
    public void Should_Allow_When_SmallDraftIsCleared()
    {
        Assert.Null(GraphWipeGuard.Check(Graph(), Graph("a", "b"), AllDescribed));
    }

    [Fact]
    public void Should_Allow_When_SomeStoredActivityRemains()
    {
        Assert.Null(GraphWipeGuard.Check(Graph("c"), Graph("a", "b", "c"), AllDescribed));
    }

    [Fact]
    public void Should_Allow_When_NothingStoredOrStoredGraphEmpty()
    {
        Assert.Null(GraphWipeGuard.Check(Graph(), null, AllDescribed));
        Assert.Null(GraphWipeGuard.Check(Graph(), Graph(), AllDescribed));
    }

    [Fact]
    public void Should_Refuse_When_StoredTypeHasNoDescriptorAndNoActivitySurvives()
    {
        HashSet<(string, int)> withoutWriteLine = [("Elsa.Flowchart", 1)];

        var emptied = GraphWipeGuard.Check(Graph(), Graph("a"), withoutWriteLine);
        var replaced = GraphWipeGuard.Check(Graph("new"), Graph("a"), withoutWriteLine);

        Assert.Contains("Elsa.WriteLine v1", emptied);
        Assert.Contains("inte kan visa", replaced);
    }

    [Fact]
    public void Should_Allow_When_NewActivitiesReplaceDescribedOnes()
    {
        Assert.Null(GraphWipeGuard.Check(Graph("x", "y"), Graph("a", "b", "c"), AllDescribed));
    }

    [Fact]
    public void Should_CountNestedActivities_When_RootIsNotAFlowchart()
    {
        var sequence = new Sequence();
        sequence.Activities.AddRange([new WriteLine { Id = "a" }, new WriteLine { Id = "b" }, new WriteLine { Id = "c" }]);
        var stored = new WorkflowBuilder("def", "Sekvens").Build(sequence);

        Assert.NotNull(GraphWipeGuard.Check(Graph(), stored, AllDescribed));
    }
}
