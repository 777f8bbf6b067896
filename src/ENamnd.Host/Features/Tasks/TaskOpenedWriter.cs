using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Tasks;

/// <summary>Writes <c>task.opened</c>: a new open task row holding the hash of the task's link token.</summary>
public sealed class TaskOpenedWriter(TaskTokens tokens) : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => TaskRecordKinds.Opened;

    /// <inheritdoc />
    public Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var task = ValueConverter.Convert<OpenedTask>(payload) ?? throw new InvalidOperationException("An empty task.opened record.");
        db.Tasks.Add(new TaskRow
        {
            Id = task.TaskId,
            InstanceId = task.InstanceId,
            BookmarkId = task.BookmarkId,
            CaseNumber = task.CaseNumber,
            DefinitionVersion = task.DefinitionVersion,
            Kind = task.Kind,
            Title = task.Title,
            Question = task.Question,
            RecipientEmail = task.Recipient.Email,
            RecipientName = task.Recipient.Name,
            MunicipalityCode = task.Recipient.MunicipalityCode,
            ParticipantId = task.Recipient.ParticipantId,
            Choices = JsonSerializer.Serialize(task.Choices, ValueConverter.JsonOptions),
            Documents = JsonSerializer.Serialize(task.Documents, ValueConverter.JsonOptions),
            Fields = JsonSerializer.Serialize(task.Fields, ValueConverter.JsonOptions),
            AsksForReference = task.AsksForReference,
            DueAt = task.DueAt?.ToUniversalTime(),
            ExpiresAt = task.ExpiresAt.ToUniversalTime(),
            OpenedAt = task.OpenedAt.ToUniversalTime(),
            Status = HumanTaskStatus.Open,
            TokenHash = TaskTokens.HashOf(tokens.TokenFor(task.TaskId)),
        });
        return Task.CompletedTask;
    }
}
