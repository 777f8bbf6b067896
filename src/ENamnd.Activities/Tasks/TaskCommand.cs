using System.Text.Json.Serialization;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// What the coordinator does to an open task without answering it: remind its recipient now, or give it to
/// someone else. It is the resume input of the task's bookmark, under <see cref="InputProperty"/>, so it runs in
/// a workflow step like an answer and the activity's working state stays the one truth about its open tasks.
/// </summary>
public sealed record TaskCommand(TaskCommandKind Kind, string By, TaskRecipient? Recipient = null)
{
    /// <summary>The property of the resume input that carries a command.</summary>
    public const string InputProperty = "taskCommand";
}

/// <summary>The commands on an open task; carried by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskCommandKind>))]
public enum TaskCommandKind
{
    /// <summary>Send the recipient a reminder now.</summary>
    Remind,

    /// <summary>Give the task to another recipient: the old link stops working, the new recipient gets the task's email.</summary>
    Reassign,
}
