using ENamnd.Activities.Decisions;

namespace ENamnd.Host.Features.Cases;

/// <summary>Each municipality's latest answer on whether it takes part in a case, and those still to answer.</summary>
public static class CaseMunicipalityAnswers
{
    /// <summary>One municipality's standing: its answer in Swedish, when and in which phase, with the decision's reference.</summary>
    public sealed record Answer(string Municipality, string Text, string Phase, DateTimeOffset? At, string? Reference);

    /// <summary>The answers, by municipality name; a municipality with an open question reads "Väntar på besked".</summary>
    public static IReadOnlyList<Answer> Of(CaseDetails details)
    {
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var decision in details.Decisions.Where(d => d.Kind == CollectMunicipalDecisions.TaskKind && d.Municipality is not null).OrderBy(d => d.DecidedAt))
            answers[decision.Municipality!] = new Answer(decision.Municipality!, TextOf(decision.Outcome), decision.Phase, decision.DecidedAt, decision.Reference);
        foreach (var task in details.OpenTasks.Where(t => t.Kind == CollectMunicipalDecisions.TaskKind && t.Municipality is not null))
            answers[task.Municipality!] = new Answer(task.Municipality!, "Väntar på besked", task.Phase, null, null);
        return [.. answers.Values.OrderBy(a => a.Municipality, StringComparer.Create(Activities.SwedishDates.Culture, ignoreCase: true))];
    }

    private static string TextOf(string outcome) => outcome switch
    {
        CollectMunicipalDecisions.Join => "Deltar",
        CollectMunicipalDecisions.Decline => "Deltar inte",
        _ => outcome,
    };
}
