using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Writes <c>task.reassigned</c>: the open task gets its new recipient, bookmark and link version, and the hash of the
/// new link's token, so the earlier recipient's link stops working in the same transaction. A task no longer open
/// rejects the record, which rolls the step back.
/// </summary>
public sealed class TaskReassignedWriter(TaskTokens tokens) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => TaskRecordKinds.Reassigned;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var change = ValueConverter.Convert<TaskChange>(payload) ?? throw new InvalidOperationException("An empty task.reassigned record.");
        var recipient = change.Recipient ?? throw new InvalidOperationException("A task.reassigned record without a recipient.");
        var task = db.Tasks.Local.FirstOrDefault(t => t.Id == change.TaskId)
            ?? await db.Tasks.FirstOrDefaultAsync(t => t.Id == change.TaskId, cancellationToken);
        if (task is null || task.Status != HumanTaskStatus.Open) throw new StepRecordRejectedException(Kind, TaskClosedWriter.AlreadyDecided);
        task.RecipientEmail = recipient.Email;
        task.RecipientName = recipient.Name;
        task.ParticipantId = recipient.ParticipantId;
        if (change.BookmarkId is { } bookmarkId) task.BookmarkId = bookmarkId;
        task.LinkVersion++;
        task.TokenHash = TaskTokens.HashOf(tokens.TokenFor(task.Id, task.LinkVersion));
    }
}
