using ENamnd.Activities;
using ENamnd.Activities.Decisions;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Each municipality's latest answer on taking part in a case (its municipal decisions and guarantee commitments), and
/// those still to answer. A municipality that declines after having taken part has withdrawn, and reads so.
/// </summary>
public static class CaseMunicipalityAnswers
{
    /// <summary>The outcome text of a municipality that took part and then declined or did not commit.</summary>
    public const string Withdrawn = "Drog sig ur";

    /// <summary>One municipality's standing: its answer in Swedish, when and in which phase, with the decision's reference.</summary>
    public sealed record Answer(string Municipality, string Text, string Phase, DateTimeOffset? At, string? Reference);

    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { CollectMunicipalDecisions.TaskKind, CollectGuaranteeCommitments.TaskKind };

    private static readonly HashSet<string> TakingPart = new(StringComparer.Ordinal) { CollectMunicipalDecisions.Join, CollectGuaranteeCommitments.Commit };

    /// <summary>The answers, by municipality name; a municipality with an open question reads "Väntar på besked".</summary>
    public static IReadOnlyList<Answer> Of(CaseDetails details)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var tookPart = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decision in details.Decisions.Where(d => Kinds.Contains(d.Kind) && d.Municipality is not null).OrderBy(d => d.DecidedAt))
        {
            var municipality = decision.Municipality!;
            var joins = TakingPart.Contains(decision.Outcome);
            var text = !joins && tookPart.Contains(municipality) ? Withdrawn : OutcomeTexts.Of(decision.Outcome, decision.Kind);
            if (joins) tookPart.Add(municipality);
            else tookPart.Remove(municipality);
            answers[municipality] = new Answer(municipality, text, decision.Phase, decision.DecidedAt, decision.Reference);
        }
        foreach (var task in details.OpenTasks.Where(t => Kinds.Contains(t.Kind) && t.Municipality is not null))
            answers[task.Municipality!] = new Answer(task.Municipality!, "Väntar på besked", task.Phase, null, null);
        return [.. answers.Values.OrderBy(a => a.Municipality, StringComparer.Create(SwedishDates.Culture, ignoreCase: true))];
    }
}
