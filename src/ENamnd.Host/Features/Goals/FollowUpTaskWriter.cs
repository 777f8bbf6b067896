using System.Text.Json.Nodes;
using ENamnd.Activities.Goals;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Goals;

/// <summary>Writes <c>followup.task</c>: which goal or indicator a follow-up task asks about, with the step that opened it.</summary>
public sealed class FollowUpTaskWriter : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => FollowUpRecordKinds.TaskOpened;

    /// <inheritdoc />
    public Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var task = ValueConverter.Convert<FollowUpTask>(payload) ?? throw new InvalidOperationException("An empty followup.task record.");
        db.Set<FollowUpTaskRow>().Add(new FollowUpTaskRow { TaskId = task.TaskId, InstanceId = task.InstanceId, ItemKey = task.ItemKey });
        return Task.CompletedTask;
    }
}
