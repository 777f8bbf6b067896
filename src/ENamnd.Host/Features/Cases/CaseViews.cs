namespace ENamnd.Host.Features.Cases;

/// <summary>A case in a list: where it stands, who its open tasks wait on and the earliest of their deadlines.</summary>
public sealed record CaseSummary(
    string Id, string CaseNumber, string Title, string Phase, CaseStatus Status, string StatusText,
    IReadOnlyList<CaseMunicipality> Participants, DateTimeOffset CreatedAt, string? WaitingOn = null, DateTimeOffset? NextDeadline = null);

/// <summary>
/// A case with everything the coordinator follows; <paramref name="WaitsForContract"/> when its procurement waits for the
/// signed contract; <paramref name="ParticipantLedger"/> every change in who takes part.
/// </summary>
public sealed record CaseDetails(
    string Id, string CaseNumber, string Title, string? Description, string Phase, CaseStatus Status, string StatusText, string? Outcome,
    IReadOnlyList<CaseMunicipality> InitiatingMunicipalities, IReadOnlyList<CaseMunicipality> Participants,
    IReadOnlyList<CaseTaskView> OpenTasks, IReadOnlyList<CaseDecisionView> Decisions, IReadOnlyList<CaseCommitmentView> Commitments,
    IReadOnlyList<CasePhaseView> Phases, IReadOnlyList<CaseJournalEntry> Journal,
    string InstanceId, DateTimeOffset CreatedAt, DateTimeOffset? CancelledAt, string? CancelReason, bool WaitsForContract = false,
    IReadOnlyList<CaseParticipantChange>? ParticipantLedger = null);

/// <summary>Where a case stands.</summary>
public enum CaseStatus
{
    /// <summary>Pågår.</summary>
    Running,

    /// <summary>Done after management (avslutat).</summary>
    Completed,

    /// <summary>Stopped by a decision (stoppat).</summary>
    Stopped,

    /// <summary>Cancelled by the coordinator (avbrutet).</summary>
    Cancelled,

    /// <summary>Stopped by an error the coordinator must look at.</summary>
    Faulted,
}

/// <summary>A municipality by code and name.</summary>
public sealed record CaseMunicipality(string Code, string Name);

/// <summary>An open task: who, what, when due, and the reminders sent so far.</summary>
public sealed record CaseTaskView(
    string Id, string Kind, string Title, string Recipient, string? RecipientName, string? Municipality, DateTimeOffset OpenedAt, DateTimeOffset? DueAt, string Phase,
    int RemindersSent = 0, DateTimeOffset? LastRemindedAt = null);

/// <summary>A decision taken on a task, with its reference (e.g. the body, date and § of a municipal decision); <paramref name="OutcomeText"/> is the outcome in Swedish.</summary>
public sealed record CaseDecisionView(
    string TaskId, string Kind, string Title, string Outcome, string? Reference, string? Comment, string DecidedBy, string? Municipality, DateTimeOffset DecidedAt, string Phase,
    string OutcomeText, CaseCommitteeDecisionView? Committee = null);

/// <summary>A guarantee commitment and its amount.</summary>
public sealed record CaseCommitmentView(string Phase, string Municipality, string Name, decimal Amount, decimal? Cap, string Model, string? Validity, string Status, string? Signer, DateTimeOffset At);

/// <summary>One run of a subprocess.</summary>
public sealed record CasePhaseView(string Phase, string DefinitionId, int Version, string InstanceId, string Status, string? Decision, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt);

/// <summary>A journal line: what happened in which phase.</summary>
public sealed record CaseJournalEntry(DateTimeOffset At, string Phase, string Activity, string ActivityType, string Event, IReadOnlyList<string>? Outcomes, string? Message);
