using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Approvals;

/// <summary>Opens an approval's tasks and sums up its answers.</summary>
internal static class ApprovalTasks
{
    private const string EscalationPreface = "Frågan har gått vidare till dig som ersättare eftersom ingen svarade i tid.\n\n";

    /// <summary>Opens one task per recipient, due at <see cref="ApprovalState.DueAt"/>.</summary>
    public static void Open(ActivityExecutionContext context, ApprovalState state, IEnumerable<TaskRecipient> recipients)
    {
        foreach (var recipient in recipients)
        {
            context.OpenTask(new TaskRequest
            {
                Kind = ApprovalOutcomes.TaskKind,
                Title = state.Title,
                Question = state.Escalated ? EscalationPreface + state.Question : state.Question,
                Recipient = recipient,
                Choices = ApprovalOutcomes.Choices,
                Documents = state.Documents,
                Fields = state.Fields,
                DueAt = state.DueAt,
            });
        }
    }

    /// <summary>Every comment given, one line each, prefixed with who gave it; null when there is none.</summary>
    public static string? CommentsOf(ApprovalState state)
    {
        var lines = state.Decisions.Where(d => !string.IsNullOrWhiteSpace(d.Comment)).Select(d => $"{d.DecidedBy}: {d.Comment}").ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
