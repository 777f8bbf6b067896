using ENamnd.Activities.Tasks;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Approvals;

/// <summary>
/// The working state of one <see cref="RequestApproval"/> execution, kept in its durable properties:
/// the inputs as evaluated at the start (so a later step asks the same question), the current
/// deadline, whether it was escalated, and the answers so far.
/// </summary>
internal sealed record ApprovalState
{
    private const string Key = "approval";

    public required string Title { get; init; }
    public required string Question { get; init; }
    public IReadOnlyList<TaskDocument> Documents { get; init; } = [];
    public IReadOnlyList<TaskField> Fields { get; init; } = [];
    public TimeSpan ReminderInterval { get; init; }
    public string? Substitute { get; init; }
    public TimeSpan EscalationDeadline { get; init; }
    public bool RequireAll { get; init; }
    public bool Escalated { get; init; }

    /// <summary>The deadline of the open tasks.</summary>
    public DateTimeOffset DueAt { get; init; }

    public IReadOnlyList<ApprovalDecision> Decisions { get; init; } = [];

    /// <summary>Whether the deadline hands the question to a substitute rather than timing out.</summary>
    public bool CanEscalate => !Escalated && !string.IsNullOrWhiteSpace(Substitute);

    /// <summary>The state of <paramref name="context"/>.</summary>
    public static ApprovalState Load(ActivityExecutionContext context) =>
        context.GetProperty<ApprovalState>(Key) ?? throw new ActivityFaultException("Godkännandets arbetsdata saknas.");

    /// <summary>Stores the state with the step.</summary>
    public void Save(ActivityExecutionContext context) => context.SetProperty(Key, this);
}
