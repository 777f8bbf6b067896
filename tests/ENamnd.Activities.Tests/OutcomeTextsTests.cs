using System.Reflection;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;

namespace ENamnd.Activities.Tests;

public class OutcomeTextsTests
{
    public static TheoryData<string> ActivityOutcomes()
    {
        var outcomes = typeof(OutcomeTexts).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttribute<FlowNodeAttribute>()?.Outcomes ?? [])
            .Distinct(StringComparer.Ordinal);
        return [.. outcomes];
    }

    [Theory]
    [MemberData(nameof(ActivityOutcomes))]
    public void Should_GiveEveryOutcomeOfOurActivitiesASwedishText_When_ItIsShown(string outcome)
    {
        var text = OutcomeTexts.Of(outcome);

        Assert.NotEqual(outcome, text);
        Assert.Matches("^[A-ZÅÄÖ][a-zåäö ]+$", text);
    }

    [Fact]
    public void Should_WordCommitteeDecisionsAsTheCommitteeDoes_When_TheTaskKindIsKnown()
    {
        Assert.Equal("Bifall", OutcomeTexts.Of(AwaitCommitteeDecision.Approved, AwaitCommitteeDecision.TaskKind));
        Assert.Equal("Godkänt", OutcomeTexts.Of(AwaitCommitteeDecision.Approved));
        Assert.Equal("Deltar inte", OutcomeTexts.Of(CollectMunicipalDecisions.Decline, CollectMunicipalDecisions.TaskKind));
        Assert.Equal("Klart", OutcomeTexts.Of(AssignTask.Done));
        Assert.Equal("Okänt", OutcomeTexts.Of("Okänt"));
    }
}
