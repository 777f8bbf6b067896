using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Writes <c>task.closed</c>: closes the task only if it is still open, and for a decision appends a
/// <c>decisions</c> row. A task that is no longer open rejects the record, which rolls the whole
/// step back: that is what makes a link single-use even when two answers race.
/// </summary>
public sealed class TaskClosedWriter : IStepRecordWriter
{
    /// <summary>The rejection message of a task that is no longer open.</summary>
    public const string AlreadyDecided = "already decided";

    /// <inheritdoc />
    public string Kind => TaskRecordKinds.Closed;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var closed = ValueConverter.Convert<ClosedTask>(payload) ?? throw new InvalidOperationException("An empty task.closed record.");
        var closedAt = closed.ClosedAt.ToUniversalTime();
        var answers = closed.Fields is null ? null : JsonSerializer.Serialize(closed.Fields, ValueConverter.JsonOptions);
        // A task opened in this same step is not in the database yet, only tracked.
        var task = db.Tasks.Local.FirstOrDefault(t => t.Id == closed.TaskId);
        if (task is not null)
        {
            if (task.Status != HumanTaskStatus.Open) throw new StepRecordRejectedException(Kind, AlreadyDecided);
            task.Status = closed.Status;
            task.Outcome = closed.Outcome;
            task.Comment = closed.Comment;
            task.Reference = closed.Reference;
            task.DecidedBy = closed.DecidedBy;
            task.Channel = closed.Channel;
            task.Answers = answers;
            task.ClosedAt = closedAt;
        }
        else
        {
            // Checkpoint: the guarded update runs in the step's transaction; a closed task matches no row. The row
            // exists already, so the claim is its status (open → closed) rather than an insert; a crash before the
            // commit leaves the task open and the link usable, after it the answer and the step are durable together.
            var updated = await db.Tasks
                .Where(t => t.Id == closed.TaskId && t.Status == HumanTaskStatus.Open)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, closed.Status)
                    .SetProperty(t => t.Outcome, closed.Outcome)
                    .SetProperty(t => t.Comment, closed.Comment)
                    .SetProperty(t => t.Reference, closed.Reference)
                    .SetProperty(t => t.DecidedBy, closed.DecidedBy)
                    .SetProperty(t => t.Channel, closed.Channel)
                    .SetProperty(t => t.Answers, answers)
                    .SetProperty(t => t.ClosedAt, closedAt), cancellationToken);
            if (updated == 0) throw new StepRecordRejectedException(Kind, AlreadyDecided);
            if (closed.Status == HumanTaskStatus.Decided) task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == closed.TaskId, cancellationToken);
        }
        if (closed.Status == HumanTaskStatus.Decided) db.Decisions.Add(DecisionOf(task!, closed, closedAt));
    }

    private static DecisionRow DecisionOf(TaskRow task, ClosedTask closed, DateTimeOffset decidedAt) => new()
    {
        TaskId = task.Id,
        InstanceId = task.InstanceId,
        CaseNumber = task.CaseNumber,
        DefinitionVersion = task.DefinitionVersion,
        Kind = task.Kind,
        Outcome = closed.Outcome ?? "",
        Comment = closed.Comment,
        Reference = closed.Reference,
        DecidedBy = closed.DecidedBy ?? task.RecipientEmail,
        Channel = closed.Channel ?? "unknown",
        DecidedAtUtc = decidedAt,
        DecidedAtLocal = StockholmTime.ToLocal(decidedAt).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
    };
}
