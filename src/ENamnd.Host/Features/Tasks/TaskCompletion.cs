using ENamnd.Activities.Decisions;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Checks task links and records answers. Reading never changes anything; answering resumes the
/// task's bookmark through the runtime, whose step commit closes the task (consuming the link) in
/// the same transaction as the workflow step.
/// </summary>
public sealed class TaskCompletion(IDbContextFactory<ENamndDbContext> contexts, IWorkflowRuntime runtime, TimeProvider clock, ILogger<TaskCompletion> logger)
{
    /// <summary>The longest comment accepted.</summary>
    public const int MaxCommentLength = 4000;

    /// <summary>The longest decision reference accepted.</summary>
    public const int MaxReferenceLength = 300;

    /// <summary>The task a link leads to and where it stands; nothing changes.</summary>
    public Task<TaskResult> OpenAsync(string taskId, string? token, CancellationToken cancellationToken) =>
        OpenAsync(taskId, token, trusted: false, cancellationToken);

    private async Task<TaskResult> OpenAsync(string taskId, string? token, bool trusted, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (task is null || (!trusted && !TaskTokens.Matches(token, task.TokenHash))) return new TaskResult(TaskAccess.NotFound);
        if (task.Status == HumanTaskStatus.Decided) return new TaskResult(TaskAccess.AlreadyDecided, task);
        if (clock.GetUtcNow() >= task.ExpiresAt) return new TaskResult(TaskAccess.Expired, task);
        if (task.Status != HumanTaskStatus.Open) return new TaskResult(TaskAccess.Closed, task);
        return new TaskResult(TaskAccess.Open, task);
    }

    /// <summary>Records an answer arriving through <paramref name="channel"/>; the result says whether it was taken.</summary>
    public Task<TaskResult> CompleteAsync(string taskId, TaskAnswer answer, string channel, CancellationToken cancellationToken) =>
        CompleteAsync(taskId, answer, channel, trusted: false, cancellationToken);

    /// <summary>
    /// Records an answer the authenticated coordinator enters for the task's recipient (no link token), e.g. the
    /// secretary's decisions recorded for a meeting; otherwise exactly as <see cref="CompleteAsync(string, TaskAnswer, string, CancellationToken)"/>.
    /// </summary>
    public Task<TaskResult> CompleteOnBehalfAsync(string taskId, TaskAnswer answer, string channel, CancellationToken cancellationToken) =>
        CompleteAsync(taskId, answer, channel, trusted: true, cancellationToken);

    private async Task<TaskResult> CompleteAsync(string taskId, TaskAnswer answer, string channel, bool trusted, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(taskId, answer.Token, trusted, cancellationToken);
        if (opened.Access != TaskAccess.Open) return opened;
        var task = opened.Task!;
        var fields = FieldsOf(task);
        var choice = TaskChoices.Match(ChoicesOf(task), answer.Outcome);
        // The page's form, the API and the coordinator's answers all arrive here: the one rule for text holds for each.
        var text = RequestText.Check(answer);
        var error = text.Count > 0 ? string.Join(" ", RequestText.Messages(text)) : Validate(task, choice, fields, answer);
        if (error is not null) return new TaskResult(TaskAccess.Invalid, task, error);
        // The declared spelling is what the workflow and the task row keep, however the answer was typed.
        // Recorded on the recipient's behalf, the answer is the recorder's, who the audit then names.
        var decidedBy = trusted && !string.IsNullOrWhiteSpace(answer.RecordedBy) ? answer.RecordedBy.Trim() : task.RecipientEmail;
        var decision = new TaskDecision(task.Id, choice!.Value, Clean(answer.Comment), ReferenceOf(task, answer), decidedBy, channel,
            FieldValues(fields, answer), trusted ? answer.Meeting : null);
        ResumeResult result;
        try
        {
            // Not cancelled with the request: an answer that has started is carried through, or rolled back whole.
            result = await runtime.ResumeAsync(task.BookmarkId, ValueConverter.ToNode(decision) as System.Text.Json.Nodes.JsonObject, CancellationToken.None);
        }
        catch (StepRecordRejectedException e) when (e.Kind == TaskRecordKinds.Closed)
        {
            logger.LogInformation("Answer to task {TaskId} refused: the task was closed meanwhile", task.Id);
            return new TaskResult(TaskAccess.AlreadyDecided, task);
        }
        if (result.Outcome == ResumeOutcome.AlreadyHandled)
        {
            var now = await OpenAsync(taskId, answer.Token, trusted, CancellationToken.None);
            return now.Access == TaskAccess.Closed ? now : new TaskResult(TaskAccess.AlreadyDecided, task);
        }
        logger.LogInformation("Task {TaskId} of instance {InstanceId} ({CaseNumber}) answered {Outcome} via {Channel}",
            task.Id, task.InstanceId, task.CaseNumber, decision.Outcome, channel);
        return new TaskResult(TaskAccess.Decided, task, Outcome: decision.Outcome);
    }

    /// <summary>The choices a task offers.</summary>
    public static IReadOnlyList<TaskChoice> ChoicesOf(TaskRow task) =>
        System.Text.Json.JsonSerializer.Deserialize<List<TaskChoice>>(task.Choices, ValueConverter.JsonOptions) ?? [];

    /// <summary>The documents a task shows.</summary>
    public static IReadOnlyList<TaskDocument> DocumentsOf(TaskRow task) =>
        System.Text.Json.JsonSerializer.Deserialize<List<TaskDocument>>(task.Documents, ValueConverter.JsonOptions) ?? [];

    /// <summary>The further text fields a task asks for.</summary>
    public static IReadOnlyList<TaskField> FieldsOf(TaskRow task) =>
        System.Text.Json.JsonSerializer.Deserialize<List<TaskField>>(task.Fields, ValueConverter.JsonOptions) ?? [];

    /// <summary>The answered further fields of a task, or null before it is answered.</summary>
    public static IReadOnlyDictionary<string, string>? AnswersOf(TaskRow task) => task.Answers is null
        ? null
        : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(task.Answers, ValueConverter.JsonOptions);

    private static string? Validate(TaskRow task, TaskChoice? choice, IReadOnlyList<TaskField> fields, TaskAnswer answer)
    {
        if (string.IsNullOrWhiteSpace(answer.Outcome)) return "Välj ett av svarsalternativen.";
        if (choice is null) return "Svaret finns inte bland alternativen. Välj ett av svarsalternativen.";
        // A committee decision is a paragraph of the minutes: it has its number.
        if (IsCommitteeDecision(task) && Paragraphs.Parse(answer.Reference) is null)
            return string.IsNullOrWhiteSpace(answer.Reference)
                ? "Ange beslutets paragraf (§) i protokollet, t.ex. § 12."
                : $"Paragrafen '{answer.Reference.Trim()}' är inget nummer mellan 1 och {Paragraphs.Max}; skriv t.ex. § 12.";
        foreach (var field in fields)
        {
            var value = answer.Fields?.GetValueOrDefault(field.Name);
            if (field.Required && string.IsNullOrWhiteSpace(value)) return $"Fyll i fältet \"{field.Label}\".";
            if (value?.Length > MaxCommentLength) return $"Fältet \"{field.Label}\" får vara högst {MaxCommentLength} tecken.";
        }
        if (answer.Comment?.Length > MaxCommentLength) return $"Kommentaren får vara högst {MaxCommentLength} tecken.";
        if (answer.Reference?.Length > MaxReferenceLength) return $"Beslutsreferensen får vara högst {MaxReferenceLength} tecken.";
        return null;
    }

    /// <summary>Whether the task records a decision of the committee (its reference is the paragraph, §).</summary>
    public static bool IsCommitteeDecision(TaskRow task) => task.Kind == AwaitCommitteeDecision.TaskKind;

    // A committee decision's paragraph is kept as the minutes write it ("§ 12"); other references as given.
    private static string? ReferenceOf(TaskRow task, TaskAnswer answer) =>
        !task.AsksForReference ? null : IsCommitteeDecision(task) ? Paragraphs.Normalize(answer.Reference) : Clean(answer.Reference);

    // Only the fields the task asks for are kept; blank ones are left out.
    private static Dictionary<string, string>? FieldValues(IReadOnlyList<TaskField> fields, TaskAnswer answer)
    {
        if (fields.Count == 0) return null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
            if (Clean(answer.Fields?.GetValueOrDefault(field.Name)) is { } value) values[field.Name] = value;
        return values;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");
}
