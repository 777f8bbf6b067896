using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Overview;

/// <summary>The coordinator's overview at <see cref="At"/>.</summary>
public sealed record OverviewView(
    DateTimeOffset At,
    IReadOnlyList<OverviewTask> CoordinatorTasks,
    IReadOnlyList<OverviewCase> CasesWaiting,
    IReadOnlyList<OverviewDeadline> Deadlines,
    IReadOnlyList<OverviewTask> LateTasks,
    IReadOnlyList<OverviewDecision> RecentDecisions);

/// <summary>An open task.</summary>
public sealed record OverviewTask(string Id, string Title, string Recipient, string? CaseNumber, DateTimeOffset OpenedAt, DateTimeOffset? DueAt)
{
    /// <summary>The task of a row.</summary>
    public static OverviewTask From(TaskRow row) =>
        new(row.Id, row.Title, row.RecipientName ?? row.RecipientEmail, row.CaseNumber, row.OpenedAt, row.DueAt);
}

/// <summary>A case with tasks for the coordinator, and the earliest of their deadlines.</summary>
public sealed record OverviewCase(string CaseNumber, int Tasks, DateTimeOffset? NextDue);

/// <summary>A coming deadline: a task's, a contract's notice or option date, or a meeting.</summary>
public sealed record OverviewDeadline(DateTimeOffset At, string Kind, string What, string? CaseNumber);

/// <summary>A decision taken.</summary>
public sealed record OverviewDecision(DateTimeOffset At, string Title, string Outcome, string? Reference, string DecidedBy, string? CaseNumber);
