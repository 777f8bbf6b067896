using ENamnd.Activities.Meetings;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Tests.Meetings;

/// <summary>The Swedish texts of meeting emails: notice, update, reminder, cancellation and the secretary's reminders.</summary>
public sealed class MeetingTextsTests
{
    private static readonly MeetingTexts Texts = new(MunicipalityRegistry.Default);

    private static readonly Meeting March = new()
    {
        Id = "m1",
        Body = MeetingBody.Namnd,
        Date = new DateOnly(2022, 3, 16),
        Start = new TimeOnly(13, 0),
        End = new TimeOnly(15, 0),
        StartsAt = new DateTimeOffset(2022, 3, 16, 13, 0, 0, TimeSpan.FromHours(1)),
        EndsAt = new DateTimeOffset(2022, 3, 16, 15, 0, 0, TimeSpan.FromHours(1)),
        Location = "Teams",
        OnlineLink = "https://teams.example/m/1",
        Status = MeetingStatus.Scheduled,
        Sequence = 0,
    };

    private static readonly MeetingMember Member = new("p1", "Anna Andersson", "anna@example.org", "2580", Role.Ledamot);

    private static readonly MeetingContact Secretary = new("Sara Sekreterare", "sekreterare@example.org");

    private static readonly IReadOnlyList<AgendaEntry> Agenda =
    [
        new("arshjul:2022-03-16:ekonomi", "Ekonomisk information", null, true, null),
        new("a2", "Gemensam e-arkivlösning", "2021/29-2.2.0.1", false, null),
    ];

    [Fact]
    public void Should_NameBodyWeekdayDayAndTime_When_ATitleIsWritten()
    {
        Assert.Equal("Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00", MeetingTexts.Title(March));
    }

    [Fact]
    public void Should_NameThePreparationGroup_When_ItMeets()
    {
        var may = March with { Body = MeetingBody.Beredningsgrupp, Date = new DateOnly(2022, 5, 19), Start = new TimeOnly(9, 0) };

        Assert.Equal("Beredningsgruppens sammanträde torsdag 19 maj 2022 kl. 09.00", MeetingTexts.Title(may));
    }

    [Fact]
    public void Should_ShowTheStockholmWallClock_When_TheInstantIsInSummerTime()
    {
        // 22 June 13:00 in Stockholm is 11:00 UTC; the texts show the local time the meeting was planned in.
        var june = March with
        {
            Date = new DateOnly(2022, 6, 22),
            StartsAt = new DateTimeOffset(2022, 6, 22, 11, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2022, 6, 22, 13, 0, 0, TimeSpan.Zero),
        };

        Assert.Equal("Nämndens sammanträde onsdag 22 juni 2022 kl. 13.00", MeetingTexts.Title(june));
        Assert.Contains("Tid: 13.00–15.00\n", MeetingTexts.Reminder(june, Member, june.Date, Secretary).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "Kallelse: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00")]
    [InlineData(true, "Ändrad kallelse: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00")]
    public void Should_SayTheNoticeIsChanged_When_ItFollowsAnEarlierOne(bool update, string expected)
    {
        Assert.Equal(expected, MeetingTexts.NoticeSubject(March, update));
    }

    [Fact]
    public void Should_CallTheMemberWithTimePlaceAndNumberedAgenda_When_ANoticeIsWritten()
    {
        Assert.Equal(
            """
            Hej Anna Andersson!

            Du kallas till nämndens sammanträde.

            Datum: onsdag 16 mars 2022
            Tid: 13.00–15.00
            Plats: Teams
            Länk: https://teams.example/m/1

            Föredragningslista:
            1. Ekonomisk information
            2. Gemensam e-arkivlösning (ärende 2021/29-2.2.0.1)

            Anmäl förhinder till Sara Sekreterare (sekreterare@example.org).

            En kalenderinbjudan finns i meddelandet.

            """, Texts.NoticeBody(March, Member, Agenda, update: false, Secretary));
    }

    [Fact]
    public void Should_SayTheAgendaFollows_When_ItIsStillEmpty()
    {
        var body = Texts.NoticeBody(March with { OnlineLink = null }, Member, [], update: false, Secretary);

        Assert.Contains("Plats: Teams\n\nFöredragningslistan skickas separat.\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Länk:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Föredragningslista:", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SayTheNewNoticeReplacesTheOld_When_TimeOrPlaceChanged()
    {
        var body = Texts.NoticeBody(March, Member, Agenda, update: true, Secretary);

        Assert.StartsWith("Hej Anna Andersson!\n\nTid eller plats för sammanträdet har ändrats. Den nya kallelsen ersätter den tidigare.\n\nDu kallas till", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2580", "Du får kallelsen som ersättare för Luleå kommun, för kännedom. Du tjänstgör om ledamoten har förhinder.")]
    [InlineData("Övertorneå", "Du får kallelsen som ersättare för Övertorneå kommun, för kännedom. Du tjänstgör om ledamoten har förhinder.")]
    [InlineData(null, "Du får kallelsen som ersättare, för kännedom. Du tjänstgör om ledamoten har förhinder.")]
    [InlineData("9999", "Du får kallelsen som ersättare, för kännedom. Du tjänstgör om ledamoten har förhinder.")]
    public void Should_TellTheSubstituteItIsForInformation_When_ASubstituteIsCalled(string? municipality, string expected)
    {
        var substitute = Member with { Role = Role.Ersattare, MunicipalityCode = municipality };

        var body = Texts.NoticeBody(March, substitute, Agenda, update: false, Secretary);

        Assert.Contains($"\n\n{expected}\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Du kallas till", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-03-15", "i morgon")]
    [InlineData("2022-03-16", "i dag")]
    public void Should_SayTodayOrTomorrow_When_AReminderIsWritten(string today, string when)
    {
        var (subject, body) = MeetingTexts.Reminder(March, Member, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), Secretary);

        Assert.Equal("Påminnelse: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00", subject);
        Assert.Equal(
            $"""
            Hej Anna Andersson!

            Påminnelse: nämnden sammanträder {when}.

            Datum: onsdag 16 mars 2022
            Tid: 13.00–15.00
            Plats: Teams
            Länk: https://teams.example/m/1

            Anmäl förhinder till Sara Sekreterare (sekreterare@example.org).

            """, body);
    }

    [Theory]
    [InlineData(MeetingBody.Namnd, "Anmäl förhinder till nämndens sekreterare.")]
    [InlineData(MeetingBody.Beredningsgrupp, "Anmäl förhinder till e-samordnaren.")]
    public void Should_NameTheSecretaryByRole_When_NobodyIsTheContact(MeetingBody body, string expected)
    {
        var notice = Texts.NoticeBody(March with { Body = body }, Member, Agenda, update: false, contact: null);

        Assert.Contains($"\n\n{expected}\n\n", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_LeaveOutWhomToReportTo_When_TheMemberIsTheContact()
    {
        var secretary = new MeetingMember("s1", "Sara Sekreterare", "Sekreterare@example.org", null, Role.Sekreterare);

        Assert.DoesNotContain("Anmäl förhinder", Texts.NoticeBody(March, secretary, Agenda, update: false, Secretary), StringComparison.Ordinal);
        Assert.Contains("Anmäl förhinder till Sara Sekreterare (sekreterare@example.org).", Texts.NoticeBody(March, Member, Agenda, update: false, Secretary), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_CallTheCoordinatorAsPresenter_When_TheCommitteeMeets()
    {
        var coordinator = Member with { Role = Role.Esamordnare, MunicipalityCode = null };

        Assert.Contains("\n\nDu kallas till nämndens sammanträde som föredragande.\n\n", Texts.NoticeBody(March, coordinator, Agenda, update: false, Secretary), StringComparison.Ordinal);
        Assert.Contains("\n\nDu kallas till beredningsgruppens sammanträde.\n\n",
            Texts.NoticeBody(March with { Body = MeetingBody.Beredningsgrupp }, coordinator, Agenda, update: false, Secretary), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SayWhomToReportTo_When_ASupplementaryNoticeIsWritten()
    {
        var body = Texts.SupplementBody(March, Member, [Agenda[1]], Agenda, Secretary);

        Assert.Contains("\nAnmäl förhinder till Sara Sekreterare (sekreterare@example.org).\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_GiveTheReason_When_ACancelledMeetingHasOne()
    {
        var (subject, body) = MeetingTexts.Cancellation(March with { Status = MeetingStatus.Cancelled, CancelReason = "För få ärenden" }, Member);

        Assert.Equal("Inställt: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00", subject);
        Assert.Equal("Hej Anna Andersson!\n\nNämndens sammanträde onsdag 16 mars 2022 kl. 13.00–15.00 är inställt.\n\nAnledning: För få ärenden\n", body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Should_LeaveTheReasonOut_When_ACancelledMeetingHasNone(string? reason)
    {
        var (_, body) = MeetingTexts.Cancellation(March with { Status = MeetingStatus.Cancelled, CancelReason = reason }, Member);

        Assert.Equal("Hej Anna Andersson!\n\nNämndens sammanträde onsdag 16 mars 2022 kl. 13.00–15.00 är inställt.\n", body);
    }

    [Fact]
    public void Should_ListTheOpenMattersAndTheDeadline_When_TheSecretaryIsRemindedToRecordDecisions()
    {
        var (subject, body) = MeetingTexts.RecordDecisions(March, Member, Agenda, new DateOnly(2022, 3, 23));

        Assert.Equal("Registrera besluten: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00", subject);
        Assert.Equal(
            """
            Hej Anna Andersson!

            Registrera nämndens beslut med paragraf (§) för ärendena från sammanträdet onsdag 16 mars 2022, senast onsdag 23 mars 2022:

            - Ekonomisk information
            - Gemensam e-arkivlösning (ärende 2021/29-2.2.0.1)

            """, body);
    }

    [Fact]
    public void Should_TellTheSecretaryWhatTheMinutesWaitFor_When_TheyCannotYetGoForJustering()
    {
        var (subject, body) = MeetingTexts.JusteringWaits(March, Member, new DateOnly(2022, 3, 30), ["Inga justerare är utsedda."]);

        Assert.Equal("Protokollet väntar: Nämndens sammanträde onsdag 16 mars 2022 kl. 13.00", subject);
        Assert.Equal("Hej Anna Andersson!\n\nProtokollet från nämndens sammanträde onsdag 16 mars 2022 ska vara justerat senast onsdag 30 mars 2022. "
            + "Det skickas till ordföranden och justerarna så snart följande är klart:\n\n- Inga justerare är utsedda.\n\n"
            + "Besluten börjar gälla först när protokollet är justerat.\n", body);
    }
}
