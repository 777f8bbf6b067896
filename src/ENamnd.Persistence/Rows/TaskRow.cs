using ENamnd.Activities.Tasks;

namespace ENamnd.Persistence.Rows;

/// <summary>A participant task: what was asked of whom, and how it ended. Only the hash of its link token is kept.</summary>
public sealed class TaskRow
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string BookmarkId { get; set; } = "";
    public string? CaseNumber { get; set; }
    public int DefinitionVersion { get; set; }
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string Question { get; set; } = "";
    public string RecipientEmail { get; set; } = "";
    public string? RecipientName { get; set; }
    public string? MunicipalityCode { get; set; }
    public string? ParticipantId { get; set; }

    /// <summary>The answers offered, as a JSON array of <c>{value, label}</c>.</summary>
    public string Choices { get; set; } = "[]";

    /// <summary>The documents shown, as a JSON array of <c>{title, url}</c>.</summary>
    public string Documents { get; set; } = "[]";

    /// <summary>The further text fields asked for, as a JSON array of <c>{name, label, multiline, required, value}</c>.</summary>
    public string Fields { get; set; } = "[]";

    /// <summary>The answered further fields, as a JSON object by field name (null until answered).</summary>
    public string? Answers { get; set; }

    public bool AsksForReference { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>Open, Decided, Cancelled, Escalated or TimedOut; stored as the name (see <see cref="ENamndDbContext"/>).</summary>
    public HumanTaskStatus Status { get; set; }

    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public string? Reference { get; set; }
    public string? DecidedBy { get; set; }
    public string? Channel { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The SHA-256 of the link token (lowercase hex); the token itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>Reminders sent so far, by the workflow's timers or by the coordinator.</summary>
    public int RemindersSent { get; set; }

    public DateTimeOffset? LastRemindedAt { get; set; }

    /// <summary>How many times the task was given to another recipient; the link token is derived with it.</summary>
    public int LinkVersion { get; set; }
}
