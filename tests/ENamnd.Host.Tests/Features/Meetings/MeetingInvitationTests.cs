using ENamnd.Activities.Meetings;
using ENamnd.Host.Features.Meetings;
using ENamnd.Host.Tests.Infrastructure.Email;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static ENamnd.Host.Tests.Features.Meetings.MeetingReminderJobTests;

namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The calendar invitations of meeting emails: parsed back with Ical.Net and through the composed MIME message.</summary>
public sealed class MeetingInvitationTests : IAsyncLifetime
{
    private MeetingHarness harness = null!;
    private MeetingJobDriver driver = null!;

    public async Task InitializeAsync()
    {
        harness = await MeetingHarness.SqliteAsync(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
        driver = new MeetingJobDriver(harness);
        await driver.AddPeopleAsync();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public void Should_KeepANameWithLineBreaksInsideItsOwnParameter_When_ItTriesToAddAnAttendee()
    {
        var invitation = PlainInvitation();
        var meeting = MeetingAt("Kommunhuset, Luleå");
        var member = new MeetingMember("mallory", "Mallory\r\nATTENDEE;RSVP=TRUE:mailto:evil@example.org\r\nX-Y: ", "mallory@example.org", null, ENamnd.Activities.People.Role.Ledamot);

        var content = invitation.For(meeting, member, "Sammanträde", "Kallelse", new MeetingContact("Sekreterare \"E\";x", "sekreterare@example.org")).Content;

        Assert.DoesNotContain("evil@example.org", content.Split("\r\n").Where(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal) && !l.Contains("mallory@example.org", StringComparison.Ordinal)));
        var parsed = Assert.Single(Calendar.Load(content)!.Events);
        var attendee = Assert.Single(parsed.Attendees);
        Assert.Equal("mailto:mallory@example.org", attendee.Value?.ToString());
        Assert.Equal("Mallory ATTENDEE RSVP=TRUE mailto evil@example.org X-Y", attendee.CommonName);
        Assert.Equal("Sekreterare E x", parsed.Organizer!.CommonName);
    }

    [Fact]
    public void Should_KeepEveryTextInsideItsOwnProperty_When_LocationSummaryAndDescriptionTryToAddLines()
    {
        var invitation = PlainInvitation();
        var meeting = MeetingAt("Rum 1\r\nATTENDEE;RSVP=TRUE:mailto:evil@example.org\r\nX-EVIL:1;a,b:\"c\"");
        var member = new MeetingMember("ada", "Ada \"Exempel\", Luleå; ledamot: 1", "ada@example.org", null, ENamnd.Activities.People.Role.Ledamot);

        var content = invitation.For(meeting, member, "Sammanträde\r\nORGANIZER:mailto:evil@example.org", "Kallelse\r\nEND:VEVENT\r\nBEGIN:VEVENT", null).Content;

        var lines = content.Split("\r\n");
        Assert.DoesNotContain(lines, l => l.StartsWith("X-EVIL", StringComparison.Ordinal) || l.StartsWith("BEGIN:VEVENT", StringComparison.Ordinal) && l != "BEGIN:VEVENT");
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
        Assert.Single(lines, l => l.StartsWith("ORGANIZER", StringComparison.Ordinal));
        var parsed = Assert.Single(Calendar.Load(content)!.Events);
        Assert.Equal("mailto:ada@example.org", Assert.Single(parsed.Attendees).Value?.ToString());
        Assert.Contains("X-EVIL:1;a,b:\"c\"", parsed.Location, StringComparison.Ordinal);
        Assert.StartsWith("Sammanträde", parsed.Summary, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", parsed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_ComposeRequestPartAndAttachment_When_NoticeIsSent()
    {
        var meeting = await CreateAsync("2022-03-16");
        var notices = await driver.RunAtAsync(Day("2022-03-09"));
        var substitute = notices.Single(m => m.ParticipantId == "ersattare-kalix");

        var mime = EmailTestData.Parse(EmailTestData.Write(EmailTestData.Composer().Compose(substitute.Message, EmailTestData.NewId())));

        var parts = mime.BodyParts.OfType<TextPart>().Where(p => p.ContentType.IsMimeType("text", "calendar")).ToList();
        Assert.Equal(2, parts.Count);
        var inline = parts.Single(p => !p.IsAttachment);
        Assert.Equal("REQUEST", inline.ContentType.Parameters["method"]);
        Assert.Equal("utf-8", inline.ContentType.Charset, ignoreCase: true);
        Assert.Equal("inbjudan.ics", parts.Single(p => p.IsAttachment).FileName);
        var calendar = Calendar.Load(inline.Text)!;
        Assert.Equal("REQUEST", calendar.Method);
        var invitation = Assert.Single(calendar.Events);
        Assert.Equal(($"{meeting.Id}@enamnd", 0, "CONFIRMED"), (invitation.Uid, invitation.Sequence, invitation.Status));
        Assert.Equal(("Europe/Stockholm", new DateTime(2022, 3, 16, 13, 0, 0), new DateTime(2022, 3, 16, 12, 0, 0, DateTimeKind.Utc)),
            (invitation.DtStart!.TzId, invitation.DtStart.Value, invitation.DtStart.AsUtc));
        Assert.Equal(new DateTime(2022, 3, 16, 15, 0, 0), invitation.DtEnd!.Value);
        Assert.Equal("Europe/Stockholm", Assert.Single(calendar.TimeZones).TzId);
        var attendee = Assert.Single(invitation.Attendees);
        Assert.Equal(("mailto:ersattare-kalix@example.org", "OPT-PARTICIPANT"), (attendee.Value?.ToString(), attendee.Role));
        Assert.Contains("som ersättare för Kalix kommun,", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("Verksamhetsberättelse 2021 med måluppföljning", mime.TextBody, StringComparison.Ordinal);
        Assert.Contains("Ekonomisk information", mime.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_NameTheSecretaryForForhinderAndAsOrganizerAndAskOnlyMembersToAnswer_When_NoticeIsSent()
    {
        await CreateAsync("2022-03-16");
        var notices = (await driver.RunAtAsync(Day("2022-03-09"))).ToDictionary(m => m.ParticipantId, m => m.Message);

        Assert.Equal(MeetingPeople.Committee, notices.Keys.Order(StringComparer.Ordinal));
        var member = notices["ledamot-kalix"];
        Assert.Contains("\nAnmäl förhinder till Sekreterare (sekreterare@example.org).\n", member.TextBody, StringComparison.Ordinal);
        Assert.Equal(("sekreterare@example.org", "Sekreterare"), (member.ReplyTo?.Address, member.ReplyTo?.Name));
        var invitation = Assert.Single(Calendar.Load(member.Calendar!.Content)!.Events);
        Assert.Equal(("mailto:sekreterare@example.org", "Sekreterare"), (invitation.Organizer?.Value?.ToString(), invitation.Organizer?.CommonName));
        Assert.True(Assert.Single(invitation.Attendees).Rsvp);
        // A substitute is informed and the secretary organises: neither is asked to answer; the secretary is not told to report to themself.
        Assert.False(Assert.Single(Assert.Single(Calendar.Load(notices["ersattare-kalix"].Calendar!.Content)!.Events).Attendees).Rsvp);
        Assert.False(Assert.Single(Assert.Single(Calendar.Load(notices["sekreterare"].Calendar!.Content)!.Events).Attendees).Rsvp);
        Assert.DoesNotContain("Anmäl förhinder", notices["sekreterare"].TextBody, StringComparison.Ordinal);
        // The e-samordnare is called as the committee's föredragande.
        Assert.Contains("Du kallas till nämndens sammanträde som föredragande.", notices["samordnare"].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_NameTheCommitteesMailbox_When_OneIsConfigured()
    {
        await using var configured = await MeetingHarness.SqliteAsync(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero),
            services => services.Configure<MeetingOptions>(o => (o.OrganizerEmail, o.OrganizerName) = ("e-namnden@example.org", "Norrbottens e-nämnd")));
        var configuredDriver = new MeetingJobDriver(configured);
        await configuredDriver.AddPeopleAsync();
        await configured.Writer.CreateAsync(Draft("2022-03-16"));

        var notices = await configuredDriver.RunAtAsync(Day("2022-03-09"));

        var member = notices.Single(m => m.ParticipantId == "ledamot-kalix").Message;
        Assert.Contains("\nAnmäl förhinder till Norrbottens e-nämnd (e-namnden@example.org).\n", member.TextBody, StringComparison.Ordinal);
        var invitation = Assert.Single(Calendar.Load(member.Calendar!.Content)!.Events);
        Assert.Equal(("mailto:e-namnden@example.org", "Norrbottens e-nämnd"), (invitation.Organizer?.Value?.ToString(), invitation.Organizer?.CommonName));
        Assert.True(Assert.Single(invitation.Attendees).Rsvp);
        Assert.Equal("e-namnden@example.org", member.ReplyTo?.Address);
        // The secretary is called like the others, and reports to the mailbox too.
        Assert.Contains("Anmäl förhinder till Norrbottens e-nämnd", notices.Single(m => m.ParticipantId == "sekreterare").Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_SendNewNoticeWithHigherSequence_When_UpdatedAfterTheNotice()
    {
        var meeting = await CreateAsync("2022-06-22");
        await driver.RunAtAsync(Day("2022-06-15"));

        driver.SetClock(Day("2022-06-16"), new TimeOnly(10, 0));
        var (_, moved) = await harness.Writer.UpdateAsync(meeting.Id, Draft("2022-06-22") with { Start = new TimeOnly(9, 0), End = new TimeOnly(11, 0) });
        await Notices.SendDueAsync(moved!, CancellationToken.None);
        var updates = await driver.CollectAsync(Day("2022-06-16"));
        var laterRun = await driver.RunAtAsync(Day("2022-06-17"));

        Assert.Equal(MeetingPeople.Committee.Length, updates.Count);
        Assert.All(updates, m => Assert.StartsWith("Ändrad kallelse:", m.Message.Subject, StringComparison.Ordinal));
        Assert.All(updates, m => Assert.Contains(":seq1:", m.Key, StringComparison.Ordinal));
        var invitation = Assert.Single(Calendar.Load(updates[0].Message.Calendar!.Content)!.Events);
        Assert.Equal(($"{meeting.Id}@enamnd", 1, 9), (invitation.Uid, invitation.Sequence, invitation.DtStart!.Hour));
        Assert.Empty(laterRun);
    }

    [Fact]
    public async Task Should_SendOnlyTheCurrentSequence_When_UpdatedBeforeTheNotice()
    {
        var meeting = await CreateAsync("2022-06-22");
        driver.SetClock(Day("2022-06-01"));
        await harness.Writer.UpdateAsync(meeting.Id, Draft("2022-06-22") with { Location = "Kommunhuset, Luleå" });

        var sent = await driver.RunDaysAsync(Day("2022-06-01"), Day("2022-06-20"));

        var notices = sent.Where(m => m.Kind == MeetingLedgerKeys.NoticeKind).ToList();
        Assert.Equal(MeetingPeople.Committee.Length, notices.Count);
        Assert.All(notices, m => Assert.StartsWith("Kallelse:", m.Message.Subject, StringComparison.Ordinal));
        Assert.All(notices, m => Assert.Equal(1, Calendar.Load(m.Message.Calendar!.Content)!.Events[0]!.Sequence));
    }

    [Fact]
    public async Task Should_SendCancelToThoseNoticed_When_CancelledAfterTheNotice()
    {
        var meeting = await CreateAsync("2022-06-22");
        await driver.RunAtAsync(Day("2022-06-15"));
        driver.SetClock(Day("2022-06-16"), new TimeOnly(9, 0));
        var (_, cancelled) = await harness.Writer.CancelAsync(meeting.Id, "Inga ärenden att behandla");

        await Notices.SendDueAsync(cancelled!, CancellationToken.None);
        var cancels = await driver.CollectAsync(Day("2022-06-16"));
        var later = await driver.RunDaysAsync(Day("2022-06-17"), Day("2022-07-10"));

        Assert.Equal(MeetingPeople.Committee, cancels.Select(m => m.ParticipantId).Order(StringComparer.Ordinal));
        Assert.All(cancels, m => Assert.Equal(MeetingLedgerKeys.CancelKind, m.Kind));
        var calendar = Calendar.Load(cancels[0].Message.Calendar!.Content)!;
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal(($"{meeting.Id}@enamnd", 1, "CANCELLED"), (calendar.Events[0]!.Uid, calendar.Events[0]!.Sequence, calendar.Events[0]!.Status));
        Assert.All(cancels, m => Assert.False(Assert.Single(Calendar.Load(m.Message.Calendar!.Content)!.Events[0]!.Attendees).Rsvp));
        Assert.Contains("Inga ärenden att behandla", cancels[0].Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("CANCEL", EmailTestData.Parse(EmailTestData.Write(EmailTestData.Composer().Compose(cancels[0].Message, EmailTestData.NewId())))
            .BodyParts.OfType<TextPart>().First(p => p.ContentType.IsMimeType("text", "calendar")).ContentType.Parameters["method"]);
        Assert.Empty(later);
    }

    [Fact]
    public async Task Should_SendNothing_When_CancelledBeforeTheNotice()
    {
        var meeting = await CreateAsync("2022-06-22");
        driver.SetClock(Day("2022-06-01"));
        await harness.Writer.CancelAsync(meeting.Id, null);

        Assert.Empty(await driver.RunDaysAsync(Day("2022-06-01"), Day("2022-06-30")));
    }

    private MeetingNotices Notices => (MeetingNotices)harness.Services.GetService(typeof(MeetingNotices))!;

    private Task<Meeting> CreateAsync(string date) => harness.Writer.CreateAsync(Draft(date));

    private static MeetingDraft Draft(string date) => new(MeetingBody.Namnd, Day(date), new TimeOnly(13, 0), new TimeOnly(15, 0), "Teams", null);

    private static MeetingInvitation PlainInvitation() =>
        new(Microsoft.Extensions.Options.Options.Create(new ENamnd.Host.Infrastructure.Email.EmailOptions()), TimeProvider.System);

    private static Meeting MeetingAt(string location) => new()
    {
        Id = "namnd-2022-03-16", Body = MeetingBody.Namnd, Date = new DateOnly(2022, 3, 16), Start = new TimeOnly(13, 0), End = new TimeOnly(15, 0),
        StartsAt = new DateTimeOffset(2022, 3, 16, 12, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2022, 3, 16, 14, 0, 0, TimeSpan.Zero),
        Location = location, Status = MeetingStatus.Scheduled, Sequence = 0,
    };
}
