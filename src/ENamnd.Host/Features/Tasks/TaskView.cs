using ENamnd.Activities.Tasks;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Tasks;

/// <summary>A task as the coordinator API shows it (never with its token hash).</summary>
public sealed record TaskView
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string BookmarkId { get; init; }
    public string? CaseNumber { get; init; }
    public int DefinitionVersion { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Question { get; init; }
    public required string RecipientEmail { get; init; }
    public string? RecipientName { get; init; }
    public string? MunicipalityCode { get; init; }
    public string? ParticipantId { get; init; }
    public IReadOnlyList<TaskChoice> Choices { get; init; } = [];
    public IReadOnlyList<TaskDocument> Documents { get; init; } = [];
    public IReadOnlyList<TaskField> Fields { get; init; } = [];
    public IReadOnlyDictionary<string, string>? Answers { get; init; }
    public bool AsksForReference { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public required HumanTaskStatus Status { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
    public string? Reference { get; init; }
    public string? DecidedBy { get; init; }
    public string? Channel { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Reminders sent so far, by the workflow or the coordinator.</summary>
    public int RemindersSent { get; init; }

    public DateTimeOffset? LastRemindedAt { get; init; }

    /// <summary>The view of a stored task.</summary>
    public static TaskView From(TaskRow row) => new()
    {
        Id = row.Id,
        InstanceId = row.InstanceId,
        BookmarkId = row.BookmarkId,
        CaseNumber = row.CaseNumber,
        DefinitionVersion = row.DefinitionVersion,
        Kind = row.Kind,
        Title = row.Title,
        Question = row.Question,
        RecipientEmail = row.RecipientEmail,
        RecipientName = row.RecipientName,
        MunicipalityCode = row.MunicipalityCode,
        ParticipantId = row.ParticipantId,
        Choices = TaskCompletion.ChoicesOf(row),
        Documents = TaskCompletion.DocumentsOf(row),
        Fields = TaskCompletion.FieldsOf(row),
        Answers = TaskCompletion.AnswersOf(row),
        AsksForReference = row.AsksForReference,
        DueAt = row.DueAt,
        ExpiresAt = row.ExpiresAt,
        OpenedAt = row.OpenedAt,
        Status = row.Status,
        Outcome = row.Outcome,
        Comment = row.Comment,
        Reference = row.Reference,
        DecidedBy = row.DecidedBy,
        Channel = row.Channel,
        ClosedAt = row.ClosedAt,
        RemindersSent = row.RemindersSent,
        LastRemindedAt = row.LastRemindedAt,
    };
}
