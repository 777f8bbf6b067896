using ENamnd.Activities.Meetings;

namespace ENamnd.Activities.Tests.Meetings;

public class DecisionDatesTests
{
    private static readonly DateTimeOffset DecidedAt = new(2026, 12, 9, 13, 40, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Should_WaitForJustering_When_TheParagraphWasNotDeclaredImmediatelyChecked()
    {
        var decision = new AgendaDecision("Approved", "§ 44", null, DecidedAt);

        Assert.Null(DecisionDates.Of(decision, Meeting()).EffectiveAt);
        Assert.Equal(new DateOnly(2026, 12, 18), DecisionDates.Of(decision, Meeting(justerad: new(2026, 12, 18))).EffectiveAt);
    }

    [Fact]
    public void Should_BeInForceTheDayItWasDecided_When_ThePargraphWasImmediatelyChecked()
    {
        var decision = new AgendaDecision("Approved", "§ 45", null, DecidedAt, Immediate: true);

        Assert.Equal(new DateOnly(2026, 12, 9), DecisionDates.Of(decision, Meeting()).EffectiveAt);
    }

    [Fact]
    public void Should_EndTheAppealOnTheNextWorkingDayAndGainLegalForceTheDayAfter_When_TheThreeWeeksEndOnAHoliday()
    {
        // Posted Friday 4 December: three weeks end on Christmas Day, so the last day to appeal is Monday 28 December.
        var dated = DecisionDates.Of(new AgendaDecision("Approved", "§ 44", null, DecidedAt), Meeting(justerad: new(2026, 12, 3), posted: new(2026, 12, 4)));

        Assert.Equal((new DateOnly(2026, 12, 4), new DateOnly(2026, 12, 28), new DateOnly(2026, 12, 29)), (dated.AnslagPostedAt, dated.AppealEndsAt, dated.LagaKraftAt));
    }

    [Fact]
    public void Should_EndTheAppealThreeWeeksAfterThePostingDay_When_ThatIsAWorkingDay()
    {
        var dated = DecisionDates.Of(new AgendaDecision("Rejected", "§ 3", null, DecidedAt), Meeting(justerad: new(2034, 3, 23), posted: new(2034, 3, 24)));

        Assert.Equal((new DateOnly(2034, 4, 14), new DateOnly(2034, 4, 15)), (dated.AppealEndsAt, dated.LagaKraftAt));
    }

    private static Meeting Meeting(DateOnly? justerad = null, DateOnly? posted = null) => new()
    {
        Id = "m1", Body = MeetingBody.Namnd, Date = new DateOnly(2026, 12, 9), Start = new TimeOnly(13, 0), End = new TimeOnly(15, 0),
        StartsAt = new DateTimeOffset(2026, 12, 9, 13, 0, 0, TimeSpan.FromHours(1)), EndsAt = new DateTimeOffset(2026, 12, 9, 15, 0, 0, TimeSpan.FromHours(1)),
        Location = "Teams", Status = MeetingStatus.Scheduled, Sequence = 0, JusteradOn = justerad, AnslagPostedOn = posted,
    };
}
