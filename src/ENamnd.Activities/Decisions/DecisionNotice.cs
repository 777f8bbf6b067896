using System.Text;
using ENamnd.Activities.Email;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The decision notice (expediering): the committee's decision on a matter as those the case names receive it once it is
/// in force, with its paragraph, the meeting, the day it applies from and how to appeal (laglighetsprövning, KL 13 kap.).
/// </summary>
public static class DecisionNotice
{
    /// <summary>What the notice says of one decision.</summary>
    /// <param name="Matter">The matter's title.</param>
    /// <param name="CaseNumber">The case number, if any.</param>
    /// <param name="Outcome">The committee's decision (<see cref="AwaitCommitteeDecision.Approved"/> or <see cref="AwaitCommitteeDecision.Rejected"/>).</param>
    /// <param name="Paragraph">The paragraph in the minutes.</param>
    /// <param name="Comment">The secretary's note, e.g. the decision's wording.</param>
    /// <param name="Meeting">The meeting it was recorded for, with its justering; null when recorded through the secretary's link.</param>
    public sealed record Facts(string Matter, string? CaseNumber, string Outcome, string? Paragraph, string? Comment, MeetingRecord? Meeting);

    /// <summary>The notice as an email to <paramref name="to"/>.</summary>
    public static EmailMessage For(Facts facts, IReadOnlyList<EmailAddress> to)
    {
        var meeting = facts.Meeting;
        var text = new StringBuilder("Hej!\n\n")
            .Append("Norrbottens e-nämnd har ")
            .Append(meeting is null ? "" : $"vid sitt sammanträde {SwedishDates.Day(meeting.MeetingDate)} ")
            .Append($"fattat beslut i ärendet ”{facts.Matter}”{CaseNumbers.Suffix(facts.CaseNumber)}.\n\n")
            .Append($"Paragraf: {(facts.Paragraph is { Length: > 0 } ? facts.Paragraph : "–")}\n")
            .Append($"Beslut: {OutcomeTexts.Of(facts.Outcome, AwaitCommitteeDecision.TaskKind)}\n");
        if (!string.IsNullOrWhiteSpace(facts.Comment)) text.Append($"\n{facts.Comment.Trim()}\n");
        if (meeting?.Immediate == true)
            text.Append($"\nParagrafen förklarades omedelbart justerad vid sammanträdet. Beslutet får verkställas från {SwedishDates.Day(meeting.MeetingDate)}.\n");
        else if (meeting?.JusteradOn is { } justerad)
            text.Append($"\nProtokollet justerades {SwedishDates.Day(justerad)}. Beslutet får verkställas från den dagen.\n");
        text.Append("\nHur man överklagar: beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. ")
            .Append($"Överklagandet ska ha kommit in till förvaltningsrätten inom tre veckor från den dag då det tillkännagavs på {DecisionDates.NoticeBoard} ")
            .Append("att protokollet har justerats")
            .Append(meeting?.JusteradOn is { } posted ? $"; tillkännagivandet sätts upp senast {SwedishDates.Day(posted.AddDays(DecisionDates.AnslagWithinDays))}.\n\n" : ".\n\n")
            .Append("Du får beslutet för att ärendet berör dig eller din kommun.\n");
        return new EmailMessage
        {
            To = to,
            Subject = facts.Paragraph is { Length: > 0 } paragraph ? $"Nämndens beslut {paragraph}: {facts.Matter}" : $"Nämndens beslut: {facts.Matter}",
            TextBody = text.ToString(),
        };
    }
}
