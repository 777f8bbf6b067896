using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Engine.Tests.Runtime.Alterations;

public class WorkflowRuntimeMigrateTests
{
    [Fact]
    public async Task Should_ContinueOnNewVersion_Without_RerunningFinishedActivities_When_Migrated()
    {
        var harness = new EngineHarness();
        var waiting = await harness.RunAsync(AlterationWorkflows.Waiting("flytta", 1, "version 1"));
        var target = await harness.DeployAsync(AlterationWorkflows.Waiting("flytta", 3, "version 3"));

        var result = await harness.Runtime.AlterAsync(waiting.Id, [new Migrate(3)]);

        Assert.True(result.IsSuccessful, string.Join(" ", result.Log.Select(l => l.Message)));
        var migrated = await harness.ReloadAsync(waiting.Id);
        Assert.Equal((3, target.Id), (migrated.Version, migrated.DefinitionVersionId));
        // The instance keeps the value it had; the bookmark it waits on still stands.
        Assert.Equal(1, (int)migrated.Variables["Nummer"]!);
        var bookmark = Assert.Single(await harness.BookmarksOfAsync(migrated.Id));
        await harness.Runtime.ResumeAsync(bookmark.Id);
        var finished = await harness.ReloadAsync(migrated.Id);
        InstanceAssert.Finished(finished);
        Assert.Equal(["först", "version 3"], finished.Written());
        Assert.Equal(1, finished.IdsOf(JournalEventType.Started).Count(id => id == "first"));
    }

    [Fact]
    public async Task Should_RefuseAndKeepVersion_When_TargetLacksTheWaitingActivity()
    {
        var harness = new EngineHarness();
        var waiting = await harness.RunAsync(AlterationWorkflows.Waiting("flytta-nej", 1, "version 1"));
        await harness.DeployAsync(AlterationWorkflows.Waiting("flytta-nej", 2, "version 2", keepWait: false));

        var result = await harness.Runtime.AlterAsync(waiting.Id, [new Migrate(2)]);
        var unknown = await harness.Runtime.AlterAsync(waiting.Id, [new Migrate(9)]);

        Assert.False(result.IsSuccessful);
        Assert.Contains("Version 2 saknar aktiviteter som instansen har kört eller står i", result.Log[^1].Message);
        Assert.Contains(":wait", result.Log[^1].Message);
        Assert.Equal("Arbetsflödet flytta-nej har ingen version 9.", unknown.Log[^1].Message);
        var stored = await harness.ReloadAsync(waiting.Id);
        Assert.Equal(1, stored.Version);
        InstanceAssert.Suspended(stored);
        await harness.Runtime.ResumeAsync(Assert.Single(await harness.BookmarksOfAsync(waiting.Id)).Id);
        Assert.Equal(["först", "version 1"], (await harness.ReloadAsync(waiting.Id)).Written());
    }

    [Fact]
    public async Task Should_MoveFinishedInstance_When_TargetHasEveryActivityItRan()
    {
        var harness = new EngineHarness();
        var waiting = await harness.RunAsync(AlterationWorkflows.Waiting("flytta-klar", 1, "version 1"));
        await harness.Runtime.ResumeAsync(Assert.Single(await harness.BookmarksOfAsync(waiting.Id)).Id);
        await harness.DeployAsync(AlterationWorkflows.Waiting("flytta-klar", 2, "version 2"));
        await harness.DeployAsync(AlterationWorkflows.Waiting("flytta-klar", 3, "version 3", lastId: "last1"));

        var refused = await harness.Runtime.AlterAsync(waiting.Id, [new Migrate(2)]);
        var moved = await harness.Runtime.AlterAsync(waiting.Id, [new Migrate(3)]);

        // As in Elsa's own migration test, a finished instance moves too, but only to a version with every step it ran.
        Assert.False(refused.IsSuccessful);
        Assert.Contains(":last1", refused.Log[^1].Message);
        Assert.True(moved.IsSuccessful, string.Join(" ", moved.Log.Select(l => l.Message)));
        Assert.False(moved.WorkflowHasScheduledWork);
        var stored = await harness.ReloadAsync(waiting.Id);
        InstanceAssert.Finished(stored);
        Assert.Equal(3, stored.Version);
        Assert.Equal(["först", "version 1"], stored.Written());
    }
}
