using ENamnd.Activities.Email;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Sends what is due for one meeting now, each email once through the <see cref="NotificationLedger"/>: the notice
/// from <see cref="MeetingOptions.NoticeDaysBefore"/> days before until the start (late rather than never; again with
/// each new SEQUENCE once a notice has gone out), the reminder on the day before, the cancellation to those noticed,
/// and for the committee, after the meeting, the secretary's reminders to record the decisions and, when the minutes
/// cannot yet go for justering, what they wait for (the justering itself is a task, <see cref="MeetingJusteringTasks"/>).
/// Decisions are made on Stockholm calendar dates, so daylight-saving changes move nothing. Notices, reminders and
/// cancellations name the meeting's contact for förhinder, organise the invitation by it and take its replies
/// (<see cref="MeetingContacts"/>).
/// </summary>
public sealed class MeetingNotices(
    MeetingMembers members,
    MeetingContacts contacts,
    MeetingAgenda agenda,
    MeetingInvitation invitations,
    MeetingJusteringTasks justering,
    MeetingTexts texts,
    NotificationLedger ledger,
    IParticipantDirectory directory,
    IOptions<MeetingOptions> options,
    TimeProvider clock)
{
    /// <summary>Sends what is due for <paramref name="meeting"/>; returns how many emails were queued.</summary>
    public async Task<int> SendDueAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = StockholmTime.DateOf(now);
        var sent = await ledger.ForSubjectAsync(MeetingLedgerKeys.Subject(meeting.Id), cancellationToken);
        // What the ledger already holds is skipped before any message is built; the ledger still decides a race.
        var recorded = sent.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var noticed = sent.Where(r => r.Kind == MeetingLedgerKeys.NoticeKind).ToList();
        if (meeting.Status == MeetingStatus.Cancelled)
        {
            if (today > meeting.Date || noticed.Count == 0) return 0;
            return await CancelAsync(meeting, noticed, recorded, await contacts.ForAsync(meeting.Body, cancellationToken), cancellationToken);
        }
        var count = 0;
        var settings = options.Value;
        if (now < meeting.StartsAt)
        {
            var noticedNow = new HashSet<string>(StringComparer.Ordinal);
            var notice = today >= meeting.Date.AddDays(-settings.NoticeDaysBefore) || noticed.Count > 0;
            var remind = today >= meeting.Date.AddDays(-1);
            var called = notice || remind ? await members.ForAsync(meeting.Body, cancellationToken) : [];
            var contact = called.Count > 0 ? await contacts.ForAsync(meeting.Body, cancellationToken) : null;
            if (notice) count += await NoticeAsync(meeting, called, contact, noticed, recorded, noticedNow, cancellationToken);
            if (noticed.Count > 0) count += await SupplementAsync(meeting, called, contact, sent, recorded, noticedNow, cancellationToken);
            if (remind) count += await RemindAsync(meeting, called, contact, today, recorded, noticedNow, cancellationToken);
        }
        else if (meeting.Body == MeetingBody.Namnd && now >= meeting.EndsAt && today <= meeting.Date.AddDays(settings.JusteringDays))
        {
            count += await AfterMeetingAsync(meeting, today, recorded, cancellationToken);
        }
        return count;
    }

    private async Task<int> NoticeAsync(Meeting meeting, IReadOnlyList<MeetingMember> called, MeetingContact? contact, IReadOnlyList<SentNotificationRow> noticed,
        HashSet<string> recorded, HashSet<string> noticedNow, CancellationToken cancellationToken)
    {
        var pending = called.Where(m => !recorded.Contains(MeetingLedgerKeys.Notice(meeting.Id, meeting.Sequence, m.ParticipantId).Value)).ToList();
        if (pending.Count == 0) return 0;
        var items = await agenda.ForAsync(meeting, cancellationToken);
        var count = 0;
        foreach (var member in pending)
        {
            var key = MeetingLedgerKeys.Notice(meeting.Id, meeting.Sequence, member.ParticipantId);
            var update = noticed.Any(r => r.Key != key.Value && MeetingLedgerKeys.NoticedParticipant(r) == member.ParticipantId);
            var subject = MeetingTexts.NoticeSubject(meeting, update);
            var body = texts.NoticeBody(meeting, member, items, update, contact);
            var message = Message(meeting, member, subject, body, contact) with { Calendar = invitations.For(meeting, member, MeetingTexts.Title(meeting), body, contact) };
            if (!await ledger.SendOnceAsync(key, message, cancellationToken)) continue;
            noticedNow.Add(member.ParticipantId);
            count++;
        }
        return count;
    }

    // A matter placed after someone's notice (or their last supplementary notice) reaches them in a tilläggskallelse, once.
    private async Task<int> SupplementAsync(Meeting meeting, IReadOnlyList<MeetingMember> called, MeetingContact? contact, IReadOnlyList<SentNotificationRow> sent,
        HashSet<string> recorded, HashSet<string> noticedNow, CancellationToken cancellationToken)
    {
        var rows = await agenda.MatterRowsAsync(meeting, cancellationToken);
        if (rows.Count == 0) return 0;
        IReadOnlyList<AgendaEntry>? items = null;
        var count = 0;
        foreach (var member in called.Where(m => !noticedNow.Contains(m.ParticipantId)))
        {
            var told = sent.Where(r => r.Key.EndsWith($":{member.ParticipantId}", StringComparison.Ordinal)
                && r.Kind is MeetingLedgerKeys.NoticeKind or MeetingLedgerKeys.SupplementKind).Select(r => (DateTimeOffset?)r.RecordedAt).Max();
            if (told is not { } since) continue;
            var added = rows.Where(r => r.PlacedAt > since).ToList();
            if (added.Count == 0) continue;
            var key = MeetingLedgerKeys.Supplement(meeting.Id, added.OrderBy(r => r.PlacedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Last().Id, member.ParticipantId);
            if (recorded.Contains(key.Value)) continue;
            items ??= await agenda.ForAsync(meeting, cancellationToken);
            var addedIds = added.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var body = texts.SupplementBody(meeting, member, [.. items.Where(e => addedIds.Contains(e.Id))], items, contact);
            var message = Message(meeting, member, MeetingTexts.SupplementSubject(meeting), body, contact)
                with { Calendar = invitations.For(meeting, member, MeetingTexts.Title(meeting), body, contact) };
            if (await ledger.SendOnceAsync(key, message, cancellationToken)) count++;
        }
        return count;
    }

    private async Task<int> RemindAsync(Meeting meeting, IReadOnlyList<MeetingMember> called, MeetingContact? contact, DateOnly today, HashSet<string> recorded,
        HashSet<string> noticedNow, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var member in called)
        {
            // Someone whose notice went out in this very run needs no reminder on top of it.
            var key = MeetingLedgerKeys.Reminder(meeting.Id, meeting.Date, member.ParticipantId);
            if (noticedNow.Contains(member.ParticipantId) || recorded.Contains(key.Value)) continue;
            var (subject, body) = MeetingTexts.Reminder(meeting, member, today, contact);
            if (await ledger.SendOnceAsync(key, Message(meeting, member, subject, body, contact), cancellationToken)) count++;
        }
        return count;
    }

    private async Task<int> CancelAsync(Meeting meeting, IReadOnlyList<SentNotificationRow> noticed, HashSet<string> recorded, MeetingContact? contact,
        CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var id in noticed.Select(MeetingLedgerKeys.NoticedParticipant).Distinct(StringComparer.Ordinal))
        {
            if (recorded.Contains(MeetingLedgerKeys.Cancel(meeting.Id, id).Value)) continue;
            if (await directory.FindByIdAsync(id, cancellationToken) is not { } person) continue;
            var member = new MeetingMember(person.Id, person.Name, person.Email, person.MunicipalityCode, person.Roles.FirstOrDefault()?.Role ?? Role.Ledamot);
            var (subject, body) = MeetingTexts.Cancellation(meeting, member);
            var message = Message(meeting, member, subject, body, contact) with { Calendar = invitations.For(meeting, member, MeetingTexts.Title(meeting), body, contact) };
            if (await ledger.SendOnceAsync(MeetingLedgerKeys.Cancel(meeting.Id, person.Id), message, cancellationToken)) count++;
        }
        return count;
    }

    private async Task<int> AfterMeetingAsync(Meeting meeting, DateOnly today, HashSet<string> recorded, CancellationToken cancellationToken)
    {
        var count = 0;
        var deadline = meeting.Date.AddDays(options.Value.JusteringDays);
        var open = (await agenda.ForAsync(meeting, cancellationToken)).Where(e => !e.Fixed && e.Decision is null).ToList();
        if (open.Count > 0)
        {
            foreach (var member in await members.ForRolesAsync(MeetingMembers.SecretaryRoles, cancellationToken))
            {
                var (subject, body) = MeetingTexts.RecordDecisions(meeting, member, open, deadline);
                var key = MeetingLedgerKeys.DecisionsReminder(meeting.Id, member.ParticipantId);
                if (await ledger.SendOnceAsync(key, Message(meeting, member, subject, body), cancellationToken)) count++;
            }
        }
        if (today < meeting.Date.AddDays(options.Value.JusteringReminderDaysAfter) || meeting.JusteradOn is not null || await justering.SentAsync(meeting, cancellationToken))
            return count;
        // Minutes that could not yet go for justering: the secretary hears what they wait for.
        var missing = await justering.MissingAsync(meeting, cancellationToken);
        if (missing.Count == 0) return count;
        foreach (var member in await members.ForRolesAsync(MeetingMembers.SecretaryRoles, cancellationToken))
        {
            var (subject, body) = MeetingTexts.JusteringWaits(meeting, member, deadline, missing);
            var key = MeetingLedgerKeys.JusteringReminder(meeting.Id, member.ParticipantId);
            if (await ledger.SendOnceAsync(key, Message(meeting, member, subject, body), cancellationToken)) count++;
        }
        return count;
    }

    /// <summary>
    /// Once the minutes are justerade and until the anslag is recorded, reminds the secretary, once, to post the notice of
    /// justering on the notice board by its last day; returns how many emails were queued.
    /// </summary>
    public async Task<int> AnslagDueAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        if (meeting.Body != MeetingBody.Namnd || meeting.JusteradOn is not { } justerad || meeting.AnslagPostedOn is not null) return 0;
        var count = 0;
        foreach (var member in await members.ForRolesAsync(MeetingMembers.SecretaryRoles, cancellationToken))
        {
            var (subject, body) = MeetingTexts.AnslagDue(meeting, member, justerad);
            if (await ledger.SendOnceAsync(MeetingLedgerKeys.AnslagReminder(meeting.Id, member.ParticipantId), Message(meeting, member, subject, body), cancellationToken)) count++;
        }
        return count;
    }

    // Replies (a member's förhinder, say) go to the contact, never to the no-reply sender.
    private static EmailMessage Message(Meeting meeting, MeetingMember member, string subject, string body, MeetingContact? replyTo = null) => new()
    {
        To = [new EmailAddress(member.Email, member.Name)],
        Subject = subject,
        TextBody = body,
        ThreadKey = MeetingLedgerKeys.Subject(meeting.Id),
        ReplyTo = replyTo is null ? null : new EmailAddress(replyTo.Email, replyTo.Name),
    };
}
