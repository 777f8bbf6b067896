using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>
/// <c>customProperties.mergeMode</c> on a flowchart activity, checked against what Elsa's token-based flowchart does in
/// its JoinBehaviors scenarios (a fork where one branch is cut off by a decision) and in cases of our own.
/// </summary>
public class FlowchartMergeModeTests
{
    private static T WithMode<T>(T activity, string mode) where T : Activity
    {
        activity.CustomProperties["mergeMode"] = mode;
        return activity;
    }

    // Start forks to A and to a decision whose True branch (B) is never taken; A and B both lead to C.
    private static Flowchart ForkWithCutBranch(string? mode)
    {
        var start = new Start { Id = "start" };
        var a = new WriteLine("A") { Id = "a" };
        var decision = new FlowDecision { Id = "decision", Condition = new Input<bool>(Expression.JavaScript("false")) };
        var b = new WriteLine("B") { Id = "b" };
        var c = new WriteLine("C") { Id = "c" };
        if (mode is not null) WithMode(c, mode);
        return new Flowchart().Connect(a, c).Connect(b, c).Connect(start, a).Connect(start, decision).Connect(decision, b, "True");
    }

    [Theory]
    [InlineData("Stream", new[] { "A", "C" })]
    [InlineData("Merge", new[] { "A" })]
    [InlineData("Converge", new[] { "A" })]
    [InlineData("merge", new[] { "A" })]
    [InlineData("None", new[] { "A", "C" })]
    public async Task Should_PrintWhatElsaPrints_When_ForkHasABranchCutByDecision(string mode, string[] expected)
    {
        var harness = new EngineHarness();

        var instance = await harness.RunAsync(new WorkflowBuilder($"gren-{mode}", mode).Build(ForkWithCutBranch(mode)));

        InstanceAssert.Finished(instance);
        Assert.Equal(expected, instance.Messages());
    }

    [Theory]
    [InlineData("Stream", 1)]
    [InlineData("Merge", 1)]
    [InlineData("Cascade", 1)]
    [InlineData("None", 2)]
    public async Task Should_RunTargetOncePerRound_When_ModeMergesTwoTakenBranches(string mode, int expectedRuns)
    {
        var harness = new EngineHarness();
        var start = new Start();
        var slow = new Delay(TimeSpan.FromHours(1)) { Id = "slow" };
        var fast = new WriteLine("snabb") { Id = "fast" };
        var merge = WithMode(new WriteLine("samman") { Id = "merge" }, mode);
        var flow = new Flowchart().Connect(start, slow).Connect(start, fast).Connect(slow, merge).Connect(fast, merge);
        var instance = await harness.RunAsync(new WorkflowBuilder($"runda-{mode}", mode).Build(flow));

        await harness.AdvanceAsync(TimeSpan.FromHours(1));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(expectedRuns, instance.CompletionsOf("merge"));
        Assert.Equal("samman", instance.Messages()[^1]);
    }

    [Fact]
    public async Task Should_HoldTargetWhileABranchRuns_When_ModeIsStream()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var slow = new Delay(TimeSpan.FromHours(1)) { Id = "slow" };
        var merge = WithMode(new WriteLine("samman") { Id = "merge" }, "Stream");
        var flow = new Flowchart().Connect(start, slow).Connect(start, new WriteLine("snabb")).Connect(slow, merge);
        flow.Connect(flow.Activities.Single(a => a is WriteLine w && w != merge), merge);

        var instance = await harness.RunAsync(new WorkflowBuilder("strom", "Ström").Build(flow));

        InstanceAssert.Suspended(instance);
        Assert.Equal(["snabb"], instance.Messages());
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(["snabb", "samman"], (await harness.ReloadAsync(instance.Id)).Messages());
    }

    [Fact]
    public async Task Should_CountLoopBackConnection_When_ModeIsConvergeButNotWhenMerge()
    {
        foreach (var (mode, runs) in new[] { ("Merge", 3), ("Converge", 0) })
        {
            var harness = new EngineHarness();
            var start = new Start();
            var body = WithMode(new SetVariable("Varv", new Input<object>(Expression.JavaScript("variables.Varv + 1"))) { Id = "body" }, mode);
            var again = new FlowDecision { Id = "again", Condition = new Input<bool>(Expression.JavaScript("variables.Varv < 3")) };
            var flow = new Flowchart().Connect(start, body).Connect(body, again).Connect(again, body, "True");

            var instance = await harness.RunAsync(new WorkflowBuilder($"slinga-{mode}", mode).WithVariable("Varv", 0).Build(flow));

            InstanceAssert.Finished(instance);
            Assert.Equal(runs, instance.CompletionsOf("body"));
        }
    }

    [Fact]
    public async Task Should_RunOnFirstArrivalAndCancelOtherBranch_When_ModeIsRace()
    {
        var harness = new EngineHarness();
        var start = new Start();
        var soon = new Delay(TimeSpan.FromHours(1)) { Id = "soon" };
        var later = new Delay(TimeSpan.FromHours(2)) { Id = "later" };
        var winner = WithMode(new WriteLine("först") { Id = "winner" }, "Race");
        var flow = new Flowchart().Connect(start, soon).Connect(start, later).Connect(soon, winner).Connect(later, winner);
        var instance = await harness.RunAsync(new WorkflowBuilder("kapplopp", "Kapplöpning").Build(flow));

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        instance = await harness.ReloadAsync(instance.Id);
        InstanceAssert.Finished(instance);
        Assert.Equal(["först"], instance.Messages());
        Assert.Contains("later", instance.IdsOf(JournalEventType.Cancelled));
        Assert.Equal(0, await harness.AdvanceAsync(TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("Race", MergeMode.Race)]
    [InlineData("stream", MergeMode.Stream)]
    [InlineData("None", MergeMode.None)]
    [InlineData("Okänt", MergeMode.None)]
    [InlineData("7", MergeMode.None)]
    public void Should_ReadModeFromCustomProperties_When_ItIsNamed(string text, MergeMode expected)
    {
        Assert.Equal(expected, Flowchart.MergeModeOf(WithMode(new WriteLine(), text)));
        Assert.Equal(MergeMode.None, Flowchart.MergeModeOf(new WriteLine()));
    }
}
