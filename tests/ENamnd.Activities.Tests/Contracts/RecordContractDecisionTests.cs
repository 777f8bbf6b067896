using ENamnd.Activities.Contracts;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Runtime;
using static ENamnd.Activities.Tests.Decisions.DecisionsHarness;

namespace ENamnd.Activities.Tests.Contracts;

public class RecordContractDecisionTests
{
    private const string Id = "record";

    [Fact]
    public async Task Should_WriteTheCommitteesDecisionAndGoOnFromIt_When_TheDecisionIsKnown()
    {
        var harness = new DecisionsHarness();

        var instance = await harness.RunAsync(Record(DecideContractEnd.NewProject, " § 12 "));

        var decision = harness.RecordsOf<ContractDecision>(ContractRecordKinds.Decided).Single();
        Assert.Equal(("c1", DecideContractEnd.NewProject, "§ 12", "nämnden", Epoch, instance.Id),
            (decision.ContractId, decision.Outcome, decision.Reference, decision.DecidedBy, decision.DecidedAt, decision.InstanceId));
        Assert.Equal([DecideContractEnd.NewProject], OutcomesOf(instance, Id));
    }

    [Fact]
    public async Task Should_FaultAndWriteNothing_When_TheDecisionIsUnknown()
    {
        var harness = new DecisionsHarness();

        var instance = await harness.RunAsync(Record("Approved", "§ 12"));

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.StartsWith("Okänt beslut vid avtalsslut: 'Approved'", instance.Incidents.Single().Message, StringComparison.Ordinal);
        Assert.Empty(harness.RecordsOf<ContractDecision>(ContractRecordKinds.Decided));
    }

    private static RecordContractDecision Record(string decision, string reference) => new()
    {
        Id = Id,
        ContractId = "c1",
        Decision = decision,
        Reference = reference,
    };
}
