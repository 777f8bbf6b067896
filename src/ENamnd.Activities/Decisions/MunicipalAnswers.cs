using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// The bookkeeping of <see cref="CollectMunicipalDecisions"/>: who was invited by which task and who has
/// answered, kept in the execution's working state (persisted with every step).
/// </summary>
internal sealed class MunicipalAnswers(ActivityExecutionContext context)
{
    private const string InvitationsProperty = "invitations";
    private const string DecisionsProperty = "decisions";

    /// <summary>Every invitation, in the order the municipalities were given.</summary>
    public IReadOnlyList<MunicipalInvitation> Invitations => context.GetProperty<List<MunicipalInvitation>>(InvitationsProperty) ?? [];

    /// <summary>The answers so far, in the order of <see cref="Invitations"/>.</summary>
    public IReadOnlyList<MunicipalDecision> Decisions
    {
        get
        {
            var answers = Answers();
            return [.. Invitations.Select(invitation => answers.FirstOrDefault(answer => answer.Code == invitation.Code)).OfType<MunicipalDecision>()];
        }
    }

    /// <summary>Whether every invited municipality has answered.</summary>
    public bool AllAnswered => Answers().Count == Invitations.Count;

    /// <summary>Remembers an invitation. Checkpoint: persisted with the step that opened its task.</summary>
    public void Add(MunicipalInvitation invitation) => context.SetProperty(InvitationsProperty, Invitations.Append(invitation).ToList());

    /// <summary>The invitation a task belongs to, or null.</summary>
    public MunicipalInvitation? FindByTask(string taskId) => Invitations.FirstOrDefault(invitation => invitation.TaskId == taskId);

    /// <summary>Records an answer; a municipality answers once (its task closes with the answer).</summary>
    public void Record(MunicipalDecision decision) => context.SetProperty(DecisionsProperty, Answers().Append(decision).ToList());

    /// <summary>The codes of the municipalities whose answer was <paramref name="outcome"/>, in invitation order.</summary>
    public List<string> CodesAnswering(string outcome) => [.. Decisions.Where(d => d.Outcome == outcome).Select(d => d.Code)];

    /// <summary>The codes of the municipalities that have not answered, in invitation order.</summary>
    public List<string> UnansweredCodes()
    {
        var answered = Answers().Select(answer => answer.Code).ToHashSet(StringComparer.Ordinal);
        return [.. Invitations.Where(invitation => !answered.Contains(invitation.Code)).Select(invitation => invitation.Code)];
    }

    private List<MunicipalDecision> Answers() => context.GetProperty<List<MunicipalDecision>>(DecisionsProperty) ?? [];
}
