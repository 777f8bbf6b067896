using System.Text.Json.Nodes;
using ENamnd.Activities.Goals;

namespace ENamnd.Activities.Tests.Goals;

public class PlanValidatorTests
{
    private static readonly DateTimeOffset Now = new(2022, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_GiveIdsByPosition_When_BodyHasNone()
    {
        var body = new PlanBody(2022, " Verksamhetsplan 2022 ", [new GoalBody(null, "Mål", "roll:samordnare",
            [new IndicatorBody(null, "Antal", JsonValue.Create(4), "antal", "CommitteeMeetingsHeld")])]);

        var (plan, errors) = PlanValidator.Validate(body, "p1", Now, Now);

        Assert.Empty(errors);
        Assert.Equal("Verksamhetsplan 2022", plan!.Title);
        var goal = Assert.Single(plan.Goals);
        Assert.Equal("G1", goal.Id);
        var indicator = Assert.Single(goal.Indicators);
        Assert.Equal(("I1", "4", IndicatorSource.CommitteeMeetingsHeld), (indicator.Id, indicator.Target, indicator.Source));
    }

    [Fact]
    public void Should_ListEveryProblemInSwedish_When_BodyIsWrong()
    {
        var body = new PlanBody(1999, "", [new GoalBody("x y", "", "inte-en-adress", [new IndicatorBody(null, "", null, null, "Gissning")]), null]);

        var (plan, errors) = PlanValidator.Validate(body, "p1", Now, Now);

        Assert.Null(plan);
        Assert.Contains(errors, e => e.Contains("mellan 2000 och 2100"));
        Assert.Contains(errors, e => e.Contains("Planens rubrik (title) saknas"));
        Assert.Contains(errors, e => e.Contains("Mål 1: id får bara"));
        Assert.Contains(errors, e => e.Contains("Mål 1: rubrik (title) saknas"));
        Assert.Contains(errors, e => e.Contains("varken en e-postadress eller en roll"));
        Assert.Contains(errors, e => e.Contains("okänd källa (source) 'Gissning'"));
        Assert.Contains(errors, e => e.Contains("Mål 2 saknas"));
    }

    [Fact]
    public void Should_RefuseUnknownRole_When_OwnerIsRole()
    {
        var body = new PlanBody(2022, "Plan", [new GoalBody(null, "Mål", "roll:trollkarl", [])]);

        var (_, errors) = PlanValidator.Validate(body, "p1", Now, Now);

        Assert.Contains("Mål 1: okänd roll 'trollkarl' i ansvarig (owner).", errors);
    }

    [Fact]
    public void Should_MapEveryRow_When_ExamplePlanRead()
    {
        var (plan, errors) = PlanValidator.Validate(GoalPlanCsv.ReadEmbedded(), "p1", Now, Now);

        Assert.Empty(errors);
        Assert.Equal(2022, plan!.Year);
        Assert.Equal(["M1", "M2", "M3", "M4", "M5", "M6", "I"], plan.Goals.Select(g => g.Id));
        Assert.Equal(11, plan.Goals.Sum(g => g.Indicators.Count));
        var meetings = plan.Goals.Single(g => g.Id == "M4").Indicators.Single();
        Assert.Equal(("4", IndicatorSource.CommitteeMeetingsHeld), (meetings.Target, meetings.Source));
        Assert.Equal(IndicatorSource.Attendance, plan.Goals.Single(g => g.Id == "M5").Indicators.Single().Source);
        var indicators = plan.Goals.Single(g => g.Id == "I").Indicators;
        Assert.Equal(IndicatorSource.PreparationGroupMeetingsHeld, indicators.Single(i => i.Id == "I1").Source);
        Assert.StartsWith("Minst 10 beredningsgruppsmöten", indicators.Single(i => i.Id == "I1").Name);
        Assert.All(plan.Goals, g => Assert.Equal("roll:samordnare", g.Owner));
    }
}
