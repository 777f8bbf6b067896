using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Approvals;

/// <summary>
/// Asks one or more people to approve (godkänna), reject or return (återremittera) something: a task
/// and an email per approver, reminders while nobody has answered, and at the deadline an escalation
/// to the substitute or <c>TimedOut</c>. The first answer decides, or with <see cref="RequireAll"/>
/// every approver must approve (any rejection or return decides at once).
/// </summary>
[Activity("ENamnd", "RequestApproval", Category = ActivityCategories.Decisions, DisplayName = "Begär godkännande",
    Description = "Skickar en fråga om godkännande med påminnelser och eskalering till ersättare.", Kind = ActivityKind.Task)]
[FlowNode(ApprovalOutcomes.Approved, ApprovalOutcomes.Rejected, ApprovalOutcomes.Returned, ApprovalOutcomes.TimedOut)]
public sealed class RequestApproval : TaskActivity, ICountsWorkingDays
{
    /// <inheritdoc />
    [Input(DisplayName = ICountsWorkingDays.DisplayName, Description = ICountsWorkingDays.Description, UIHint = "checkbox", Order = 90)]
    public Input<bool> InWorkingDays { get; set; } = new(false);

    /// <summary>Who approves: addresses or roles, e.g. <c>roll:styrgrupp@ärendet</c>.</summary>
    [Input(DisplayName = "Godkännare", UIHint = "multiline", Description = "E-postadresser eller roller, t.ex. roll:styrgrupp@ärendet – en per rad.")]
    public Input<string> Approvers { get; set; } = new("");

    /// <summary>A short title, e.g. "Godkännande av projektplan".</summary>
    [Input(DisplayName = "Rubrik", DefaultSyntax = ExpressionTypes.Liquid)]
    public Input<string> Title { get; set; } = new("");

    /// <summary>What is to be approved; it becomes the task's question.</summary>
    [Input(DisplayName = "Instruktioner", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid,
        Description = "Vad som ska godkännas. Visas i e-postmeddelandet och på svarssidan.")]
    public Input<string> Instructions { get; set; } = new("");

    /// <summary>Supporting documents, one per line: <c>Titel | URL</c>.</summary>
    [Input(DisplayName = "Dokument", UIHint = "multiline", Description = "Ett dokument per rad: Titel | https://…")]
    public Input<string?> Documents { get; set; } = new((string?)null);

    /// <summary>The time from the start to the deadline.</summary>
    [Input(DisplayName = "Svarstid", Description = "Tid från start till sista svarsdag, t.ex. 14.00:00:00 för två veckor.")]
    public Input<TimeSpan> DeadlineAfter { get; set; } = new(TimeSpan.FromDays(14));

    /// <summary>The time between reminders; zero means none.</summary>
    [Input(DisplayName = "Påminnelseintervall", Description = "Tid mellan påminnelser; 0 betyder inga påminnelser.")]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(3));

    /// <summary>Who gets the question when the deadline passes; empty means no escalation.</summary>
    [Input(DisplayName = "Ersättare", UIHint = "multiline", Description = "Mottagare som får frågan när svarstiden har gått ut. Tomt betyder ingen eskalering.")]
    public Input<string?> Substitute { get; set; } = new((string?)null);

    /// <summary>The substitute's time to answer.</summary>
    [Input(DisplayName = "Svarstid för ersättare", Description = "Tid från eskaleringen till ersättarens sista svarsdag.")]
    public Input<TimeSpan> EscalationDeadline { get; set; } = new(TimeSpan.FromDays(7));

    /// <summary>Whether every approver must approve; otherwise the first answer decides.</summary>
    [Input(DisplayName = "Alla måste godkänna", UIHint = "checkbox", Description = "Av: första svaret avgör. På: alla måste godkänna; ett avslag eller en återremiss avgör direkt.")]
    public Input<bool> RequireAll { get; set; } = new(false);

    /// <summary>Further fields the approver may fill in (e.g. the body, date and § of a decision), one per line.</summary>
    [Input(DisplayName = "Uppgifter att fylla i", UIHint = "multiline",
        Description = "Ett fält per rad: namn | Etikett, valfritt | flerradig och | krävs. Till exempel: paragraf | Paragraf (§)")]
    public Input<string?> Fields { get; set; } = new((string?)null);

    /// <summary>The comment of the deciding answer (with <see cref="RequireAll"/>, every approver's comment).</summary>
    [Output(DisplayName = "Kommentar")]
    public Output<string?> Comment { get; set; } = new();

    /// <summary>Who decided (with <see cref="RequireAll"/> and approval, every approver).</summary>
    [Output(DisplayName = "Beslutat av")]
    public Output<string?> DecidedBy { get; set; } = new();

    /// <summary>Every answer received, in order.</summary>
    [Output(DisplayName = "Beslutat av (namn)", Description = "Namnet på den som avgjorde, eller adressen när namnet saknas.")]
    public Output<string?> DecidedByName { get; set; } = new();

    /// <summary>What the deciding approver filled in, by field name.</summary>
    [Output(DisplayName = "Ifyllda uppgifter", Description = "Fälten som den som avgjorde fyllde i, efter namn.")]
    public Output<Dictionary<string, string>> Answers { get; set; } = new();

    /// <summary>Every approver's answer.</summary>
    [Output(DisplayName = "Svar")]
    public Output<IReadOnlyList<ApprovalDecision>> Decisions { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var title = context.Get(Title)?.Trim();
        if (string.IsNullOrEmpty(title)) throw new ActivityFaultException("Godkännandet saknar rubrik.");
        var deadline = context.Get(DeadlineAfter);
        TaskTimers.Validate(deadline, context.Get(ReminderInterval));
        var state = new ApprovalState
        {
            Title = title,
            Question = context.Get(Instructions)?.Trim() is { Length: > 0 } question ? question : $"Godkänner du: {title}?",
            Documents = TaskDocuments.Parse(context.Get(Documents)),
            Fields = TaskFieldList.Parse(context.Get(Fields)),
            ReminderInterval = context.Get(ReminderInterval),
            Substitute = context.Get(Substitute)?.Trim(),
            EscalationDeadline = context.Get(EscalationDeadline),
            RequireAll = context.Get(RequireAll),
            DueAt = TaskTimers.DeadlineAfter(context, deadline),
        };
        var approvers = await ResolveAsync(context, context.Get(Approvers));
        if (state.CanEscalate)
        {
            if (state.EscalationDeadline <= TimeSpan.Zero) throw new ActivityFaultException("Svarstiden för ersättare måste vara längre än noll.");
            // Resolved now only to fail early on a mistyped substitute; the escalation resolves it again.
            await ResolveAsync(context, state.Substitute);
        }
        ApprovalTasks.Open(context, state, approvers);
        TaskTimers.Start(context, state.DueAt, state.ReminderInterval);
        state.Save(context);
    }

    /// <inheritdoc />
    protected override async ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var state = ApprovalState.Load(context);
        if (context.DecisionOf(bookmark) is { } decision)
        {
            Decide(context, state, bookmark, decision);
            return;
        }
        if (TaskTimers.IsReminder(bookmark))
        {
            TaskTimers.Remind(context);
        }
        else if (TaskTimers.IsDeadline(bookmark) && state.CanEscalate)
        {
            // Resolved before anything is closed, so a fault leaves the open tasks as they were.
            var substitutes = await ResolveAsync(context, state.Substitute);
            context.CloseOpenTasks(HumanTaskStatus.Escalated);
            // The substitute's question is a new one: its time to answer and its reminders count from now.
            state = state with { Escalated = true, DueAt = TaskTimers.DeadlineAfter(context, state.EscalationDeadline) };
            ApprovalTasks.Open(context, state, substitutes);
            TaskTimers.Start(context, state.DueAt, state.ReminderInterval);
            state.Save(context);
        }
        else if (TaskTimers.IsDeadline(bookmark))
        {
            context.CloseOpenTasks(HumanTaskStatus.TimedOut);
            Finish(context, state, ApprovalOutcomes.TimedOut, comment: null, decidedBy: null);
        }
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private void Decide(ActivityExecutionContext context, ApprovalState state, Bookmark bookmark, TaskDecision decision)
    {
        var choice = TaskChoices.Match(ApprovalOutcomes.Choices, decision.Outcome)
            ?? throw new ActivityFaultException($"Okänt svar på godkännandet: '{decision.Outcome}'.");
        // The bookmark says which task was answered; the input cannot redirect the answer to another task.
        var taskId = (string?)bookmark.Payload?["taskId"] ?? decision.TaskId;
        decision = decision with { TaskId = taskId, Outcome = choice.Value };
        var name = context.OpenTaskList().FirstOrDefault(t => t.TaskId == taskId)?.Recipient.Name ?? decision.DecidedBy;
        context.CloseTask(taskId, HumanTaskStatus.Decided, decision);
        state = state with { Decisions = [.. state.Decisions, new(taskId, decision.Outcome, decision.Comment, decision.DecidedBy, decision.Channel, context.Now) { DecidedByName = name }] };
        state.Save(context);
        if (!state.RequireAll || decision.Outcome != ApprovalOutcomes.Approved)
        {
            context.CloseOpenTasks(HumanTaskStatus.Cancelled);
            Finish(context, state, decision.Outcome, decision.Comment, decision.DecidedBy);
            context.Set(DecidedByName, name);
            context.Set(Answers, decision.Fields?.ToDictionary() ?? []);
        }
        else if (context.OpenTaskList().Count == 0)
        {
            Finish(context, state, ApprovalOutcomes.Approved, ApprovalTasks.CommentsOf(state), string.Join(", ", state.Decisions.Select(d => d.DecidedBy)));
            context.Set(DecidedByName, string.Join(", ", state.Decisions.Select(d => d.DecidedByName ?? d.DecidedBy)));
        }
    }

    private void Finish(ActivityExecutionContext context, ApprovalState state, string outcome, string? comment, string? decidedBy)
    {
        context.Set(Comment, comment);
        context.Set(DecidedBy, decidedBy);
        context.Set(Decisions, state.Decisions);
        context.Complete(outcome);
    }

    private static Task<IReadOnlyList<TaskRecipient>> ResolveAsync(ActivityExecutionContext context, string? recipients) =>
        context.Services.GetRequiredService<RecipientResolver>().ResolveAsync(recipients, context.WorkflowContext.Instance.CorrelationId);
}
