using System.Text;
using ENamnd.Activities.Email;

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
    /// <param name="MeetingDate">The meeting, when the decision was recorded for one.</param>
    /// <param name="InForceOn">The day the decision applies from.</param>
    /// <param name="Immediate">Whether it applies at once, the paragraph declared omedelbart justerad.</param>
    public sealed record Facts(string Matter, string? CaseNumber, string Outcome, string? Paragraph, string? Comment, DateOnly? MeetingDate, DateOnly InForceOn, bool Immediate);

    /// <summary>The notice as an email to <paramref name="to"/>.</summary>
    public static EmailMessage For(Facts facts, IReadOnlyList<EmailAddress> to)
    {
        var text = new StringBuilder("Hej!\n\n")
            .Append("Norrbottens e-nämnd har ")
            .Append(facts.MeetingDate is { } date ? $"vid sitt sammanträde {SwedishDates.Day(date)} " : "")
            .Append($"fattat beslut i ärendet ”{facts.Matter}”{CaseNumbers.Suffix(facts.CaseNumber)}.\n\n")
            .Append($"Paragraf: {(facts.Paragraph is { Length: > 0 } ? facts.Paragraph : "–")}\n")
            .Append($"Beslut: {OutcomeTexts.Of(facts.Outcome, AwaitCommitteeDecision.TaskKind)}\n");
        if (!string.IsNullOrWhiteSpace(facts.Comment)) text.Append($"\n{facts.Comment.Trim()}\n");
        text.Append(facts.Immediate
                ? $"\nParagrafen förklarades omedelbart justerad. Beslutet gäller från {SwedishDates.Day(facts.InForceOn)}.\n"
                : $"\nProtokollet justerades {SwedishDates.Day(facts.InForceOn)} och beslutet gäller från den dagen.\n")
            .Append("\nHur man överklagar: beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. ")
            .Append("Överklagandet ska ha kommit in till förvaltningsrätten inom tre veckor från den dag då justeringen av protokollet ")
            .Append("tillkännagavs på anslagstavlan.\n\n")
            .Append("Du får beslutet för att ärendet berör dig eller din kommun.\n");
        return new EmailMessage
        {
            To = to,
            Subject = facts.Paragraph is { Length: > 0 } paragraph ? $"Nämndens beslut {paragraph}: {facts.Matter}" : $"Nämndens beslut: {facts.Matter}",
            TextBody = text.ToString(),
        };
    }
}
