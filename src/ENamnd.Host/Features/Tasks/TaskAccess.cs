namespace ENamnd.Host.Features.Tasks;

/// <summary>Where a task stands for someone holding its link.</summary>
public enum TaskAccess
{
    /// <summary>Open and answerable.</summary>
    Open,

    /// <summary>No such task, or the token does not match it.</summary>
    NotFound,

    /// <summary>The link has expired.</summary>
    Expired,

    /// <summary>The task was already answered.</summary>
    AlreadyDecided,

    /// <summary>The workflow closed the task (cancelled, escalated, timed out).</summary>
    Closed,

    /// <summary>The answer was not acceptable (unknown outcome, too long a text); nothing changed.</summary>
    Invalid,

    /// <summary>The answer was recorded and the workflow continued.</summary>
    Decided,
}
