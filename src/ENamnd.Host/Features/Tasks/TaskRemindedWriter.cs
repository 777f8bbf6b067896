using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>Writes <c>task.reminded</c>: counts the reminder on the open task and, for the coordinator's, moves it to its new bookmark.</summary>
public sealed class TaskRemindedWriter : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => TaskRecordKinds.Reminded;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var change = ValueConverter.Convert<TaskChange>(payload) ?? throw new InvalidOperationException("An empty task.reminded record.");
        var task = db.Tasks.Local.FirstOrDefault(t => t.Id == change.TaskId)
            ?? await db.Tasks.FirstOrDefaultAsync(t => t.Id == change.TaskId, cancellationToken);
        // Only open tasks are reminded; a record of a task the database does not hold changes nothing.
        if (task is null || task.Status != HumanTaskStatus.Open) return;
        task.RemindersSent++;
        task.LastRemindedAt = change.At.ToUniversalTime();
        if (change.BookmarkId is { } bookmarkId) task.BookmarkId = bookmarkId;
    }
}
