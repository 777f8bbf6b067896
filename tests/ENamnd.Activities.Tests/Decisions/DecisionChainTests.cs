using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Activities.Tests.Decisions.DecisionsHarness;

namespace ENamnd.Activities.Tests.Decisions;

/// <summary>The decisions as a pre-study uses them: municipal decisions, then guarantee commitments from those who joined.</summary>
public class DecisionChainTests
{
    private static readonly string[] Decliners = ["Haparanda", "Pajala", "Överkalix"];

    [Fact]
    public async Task Should_SplitTheTotalByPopulationBetweenTheElevenWhoJoined_When_ThreeOfFourteenDecline()
    {
        var harness = new DecisionsHarness();
        var decisions = new CollectMunicipalDecisions
        {
            Id = "Kommunbeslut",
            Municipalities = "alla",
            Question = "Vill kommunen delta i och finansiera utvecklingsprojektet?",
            Participants = Output<List<string>>.To("Deltagare"),
        };
        var guarantee = new CollectGuaranteeCommitments
        {
            Id = "Garanti",
            Participants = new Input<string>(Expression.Variable("Deltagare")),
            Total = 2_750_000m,
            Model = AllocationModel.Population,
            PopulationYear = new Input<int?>(2020),
            Validity = "2026–2027",
        };
        var flow = new Flowchart().Connect(new Start(), decisions).Connect(decisions, guarantee, CollectMunicipalDecisions.Enough);
        var instance = await harness.RunAsync(new WorkflowBuilder("forstudie", "Förstudie").WithVariable<List<string>>("Deltagare").Build(flow));
        foreach (var municipality in MunicipalityRegistry.Default.All)
        {
            await harness.AnswerAsync(municipality.Name, Decliners.Contains(municipality.Name) ? CollectMunicipalDecisions.Decline : CollectMunicipalDecisions.Join);
        }

        var joiners = MunicipalityRegistry.Default.All.Where(m => !Decliners.Contains(m.Name)).Select(m => m.Code).ToList();
        var expected = new CostAllocator(MunicipalityRegistry.Default).Allocate(new AllocationRequest
        {
            Model = AllocationModel.Population,
            Total = 2_750_000m,
            Participants = joiners,
            PopulationYear = 2020,
        });
        Assert.Equal(11, harness.OpenTasks.Count);
        Assert.All(harness.OpenTasks, t => Assert.Equal(CollectGuaranteeCommitments.TaskKind, t.Kind));
        foreach (var task in harness.OpenTasks.ToList()) await harness.AnswerAsync(task, CollectGuaranteeCommitments.Commit);

        instance = await harness.ReloadAsync(instance.Id);
        Assert.Equal([CollectMunicipalDecisions.Enough], OutcomesOf(instance, "Kommunbeslut"));
        Assert.Equal(joiners, OutputOf<List<string>>(instance, "Kommunbeslut", "Participants"));
        Assert.Equal([CollectGuaranteeCommitments.AllCommitted], OutcomesOf(instance, "Garanti"));
        var shares = OutputOf<List<AllocationShare>>(instance, "Garanti", "FinalShares");
        Assert.Equal(expected.Shares, shares);
        Assert.Equal(2_750_000m, shares.Sum(s => s.Amount));
        var commitments = OutputOf<List<CommitmentEntry>>(instance, "Garanti", "Commitments");
        Assert.Equal(expected.Shares.Select(s => (s.Code, s.Amount)).Order(), commitments.Select(c => (c.Code, c.Amount)).Order());
        Assert.Equal(2_750_000m, commitments.Sum(c => c.Amount));
    }
}
