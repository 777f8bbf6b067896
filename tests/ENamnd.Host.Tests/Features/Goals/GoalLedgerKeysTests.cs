using ENamnd.Activities.Goals;
using ENamnd.Host.Features.Goals;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Tests.Features.Goals;

/// <summary>The stored spellings of a tertial round's ledger keys: steps already recorded must keep matching.</summary>
public class GoalLedgerKeysTests
{
    private static readonly TertialFollowUpRow Round = new() { Id = "p1:2022-T1", PlanId = "p1", Year = 2022, Tertial = 1 };

    [Fact]
    public void Should_SpellTheFollowUpKeyAsRecorded_When_ARoundIsCreated()
    {
        var key = GoalLedgerKeys.FollowUp("p1", new Tertial(2022, 1));

        Assert.Equal(("tertial-follow-up:2022-T1:p1", "tertial-follow-up", "plan:p1"), (key.Value, key.Kind, key.Subject));
    }

    [Fact]
    public void Should_SpellEachStepKeyAsRecorded_When_ARoundProgresses()
    {
        Assert.Equal(
            ["tertial-report:2022-T1:p1", "tertial-agenda:2022-T1:p1", "tertial-report-mail:2022-T1:p1"],
            new[] { GoalLedgerKeys.Report(Round), GoalLedgerKeys.Agenda(Round), GoalLedgerKeys.ReportMail(Round) }.Select(k => k.Value));
        Assert.All(new[] { GoalLedgerKeys.Report(Round), GoalLedgerKeys.Agenda(Round), GoalLedgerKeys.ReportMail(Round) },
            k => Assert.Equal("plan:p1", k.Subject));
    }
}
