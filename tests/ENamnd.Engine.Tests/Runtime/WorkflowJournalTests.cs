using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Tests.Runtime.Alterations;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>The journal lives in the store, not in the state: numbering carries on from step to step through a counter.</summary>
public class WorkflowJournalTests
{
    [Fact]
    public async Task Should_NumberTheJournalWithoutGaps_When_AnInstanceWaitsAndResumes()
    {
        var harness = new EngineHarness();
        var sequence = new Sequence(new WriteLine("före"), new Delay(TimeSpan.FromHours(1)), new WriteLine("mellan"), new Delay(TimeSpan.FromHours(1)), new WriteLine("efter"));
        var instance = await harness.RunAsync(new WorkflowBuilder("lucklos-journal", "Lucklös journal").Build(sequence));
        var afterStart = await harness.Instances.JournalAsync(instance.Id);

        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));
        Assert.Equal(1, await harness.AdvanceAsync(TimeSpan.FromHours(1)));

        var journal = await harness.Instances.JournalAsync(instance.Id);
        var stored = await harness.Instances.FindAsync(instance.Id);
        InstanceAssert.Finished(stored!);
        Assert.Empty(stored!.Journal);
        Assert.True(journal.Count > afterStart.Count);
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
        Assert.Equal(journal.Count, stored.LastJournalSequence);
        Assert.Equal(["före", "mellan", "efter"], journal.Where(e => e.EventType == JournalEventType.Log).Select(e => e.Message));
    }

    [Fact]
    public async Task Should_NumberTheAlterationsEntriesAfterTheStoredJournal_When_AFaultedActivityIsRetried()
    {
        var harness = new EngineHarness();
        var faulted = await harness.RunAsync(AlterationWorkflows.Flaky("lucklos-omforsok"));
        var beforeRetry = await harness.Instances.JournalAsync(faulted.Id);

        var result = await harness.Runtime.AlterAsync(faulted.Id, [new ModifyVariable("Klar", true), new ScheduleActivity("flaky", null)]);

        Assert.True(result.IsSuccessful, string.Join(" ", result.Log.Select(l => l.Message)));
        var journal = await harness.Instances.JournalAsync(faulted.Id);
        Assert.Equal(beforeRetry.Select(e => e.Sequence), journal.Take(beforeRetry.Count).Select(e => e.Sequence));
        Assert.Equal(Enumerable.Range(1, journal.Count).Select(i => (long)i), journal.Select(e => e.Sequence));
        Assert.Equal(journal.Count, (await harness.Instances.FindAsync(faulted.Id))!.LastJournalSequence);
    }
}
