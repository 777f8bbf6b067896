using System.Text.Json.Serialization;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// The states of a participant task; every status but <see cref="Open"/> ends it (see <see cref="ClosedTask.Status"/>).
/// Stored, recorded and answered by name ("Open", "Decided", …), never by number: renaming a member would strand stored tasks.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<HumanTaskStatus>))]
public enum HumanTaskStatus
{
    /// <summary>Waiting for the recipient's answer.</summary>
    Open,

    /// <summary>Answered by the recipient.</summary>
    Decided,

    /// <summary>Closed by the workflow (another answer decided, the activity was cancelled, a re-split replaced it).</summary>
    Cancelled,

    /// <summary>Passed on to a substitute after the deadline.</summary>
    Escalated,

    /// <summary>Not answered by the deadline.</summary>
    TimedOut,
}
