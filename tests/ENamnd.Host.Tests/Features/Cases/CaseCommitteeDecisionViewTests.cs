using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Cases;

namespace ENamnd.Host.Tests.Features.Cases;

public sealed class CaseCommitteeDecisionViewTests
{
    private static readonly DateOnly Meeting = new(2034, 3, 15);
    private static readonly DateOnly Today = new(2034, 4, 3);

    [Fact]
    public void Should_SayWhereTheDecisionStands_When_ItGoesFromTheMeetingToLegalForce()
    {
        Assert.Equal("Väntar på justering", new CaseCommitteeDecisionView(Meeting, null, null, null, null).Text(Today));
        Assert.Equal("I kraft 23 mars 2034; anslaget är inte uppsatt", new CaseCommitteeDecisionView(Meeting, new(2034, 3, 23), null, null, null).Text(Today));
        Assert.Equal("I kraft; kan överklagas till och med 14 april 2034",
            new CaseCommitteeDecisionView(Meeting, new(2034, 3, 23), new(2034, 4, 14), new(2034, 4, 15), null).Text(Today));
        Assert.Equal("Laga kraft 15 april 2034",
            new CaseCommitteeDecisionView(Meeting, new(2034, 3, 23), new(2034, 4, 14), new(2034, 4, 15), null).Text(new DateOnly(2034, 4, 15)));
    }

    [Fact]
    public void Should_SayItWasAppealedAndHowTheCourtDecided_When_AnAppealIsRegistered()
    {
        var appealed = new CaseCommitteeDecisionView(Meeting, new(2034, 3, 23), new(2034, 4, 14), null, new AgendaAppeal(new(2034, 4, 2), null, null, null));

        Assert.Equal("Överklagat 2 april 2034", appealed.Text(Today));
        Assert.Equal("Överklagandet avslogs 20 juni 2034", (appealed with { Appeal = new AgendaAppeal(new(2034, 4, 2), null, AppealOutcome.Avslaget, new(2034, 6, 20)) }).Text(Today));
    }
}
