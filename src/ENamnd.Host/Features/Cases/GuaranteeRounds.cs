using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Host.Features.Cases;

/// <summary>The guarantee rounds (Inhämta garantiåtaganden) an instance has run, read from its journal and the rounds' outputs.</summary>
public static class GuaranteeRounds
{
    private const string ActivityType = "ENamnd.CollectGuaranteeCommitments";

    /// <summary>One round: its commitments, and for a finished round its terms and final split.</summary>
    public sealed record Round(string ActivityId, IReadOnlyList<CommitmentEntry> Commitments, CommitmentTerms? Terms, IReadOnlyList<AllocationShare> FinalShares);

    /// <summary>The rounds of <paramref name="instance"/>, in the order they first ran by its <paramref name="journal"/> (as the store keeps it).</summary>
    public static IEnumerable<Round> Of(WorkflowInstance instance, IEnumerable<JournalEntry> journal)
    {
        foreach (var id in journal.Where(e => e.ActivityType == ActivityType).Select(e => e.ActivityId).Distinct())
        {
            var outputs = instance.ActivityOutputs[id];
            yield return new Round(
                id,
                ValueConverter.Convert<List<CommitmentEntry>>(outputs?["Commitments"]) ?? [],
                ValueConverter.Convert<CommitmentTerms>(outputs?["Terms"]),
                ValueConverter.Convert<List<AllocationShare>>(outputs?["FinalShares"]) ?? []);
        }
    }
}
