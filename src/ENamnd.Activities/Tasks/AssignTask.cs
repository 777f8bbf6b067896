using ENamnd.Activities.People;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// A piece of work for a participant (a needs analysis, a revised report, a signed contract): one task
/// per recipient, done when the first of them marks it done. Reminders go out at the interval until it
/// is done, also after the deadline, when the reminders say it is late.
/// </summary>
[Activity("ENamnd", "AssignTask", Category = ActivityCategories.Tasks, DisplayName = "Utför uppgift",
    Description = "Ger en deltagare en uppgift med länk i e-post och väntar tills den är klar.", Kind = ActivityKind.Task)]
[FlowNode(Done)]
public sealed class AssignTask : TaskActivity, ICountsWorkingDays
{
    /// <inheritdoc />
    [Input(DisplayName = ICountsWorkingDays.DisplayName, Description = ICountsWorkingDays.Description, UIHint = "checkbox", Order = 90)]
    public Input<bool> InWorkingDays { get; set; } = new(false);

    /// <summary>The outcome when the work is done.</summary>
    public const string Done = "Done";

    /// <summary>The task kind of work tasks.</summary>
    public const string TaskKind = "work";

    private static readonly IReadOnlyList<TaskChoice> Choices = [new(Done, "Klart")];

    /// <summary>Who does it.</summary>
    [Input(DisplayName = "Utförare", UIHint = "multiline", Order = 1, Description = "E-postadresser eller roller, t.ex. roll:projektledare@ärendet – en per rad.")]
    public Input<string> Assignees { get; set; } = new("");

    /// <summary>The task's title.</summary>
    [Input(DisplayName = "Rubrik", DefaultSyntax = ExpressionTypes.Liquid, Order = 2)]
    public Input<string> Title { get; set; } = new("");

    /// <summary>What is to be done.</summary>
    [Input(DisplayName = "Instruktioner", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 3)]
    public Input<string> Instructions { get; set; } = new("");

    /// <summary>Support documents, one per line.</summary>
    [Input(DisplayName = "Dokument", UIHint = "multiline", Order = 4, Description = "Ett dokument per rad: Titel | https://…")]
    public Input<string?> Documents { get; set; } = new((string?)null);

    /// <summary>Time from start to the due date.</summary>
    [Input(DisplayName = "Tid till klart", Order = 5, Description = "Tid från start till sista dag, t.ex. 30.00:00:00 för 30 dagar.")]
    public Input<TimeSpan> DueAfter { get; set; } = new(TimeSpan.FromDays(30));

    /// <summary>Time between reminders.</summary>
    [Input(DisplayName = "Påminnelseintervall", Order = 6, Description = "Tid mellan påminnelser; 0 betyder inga påminnelser.")]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(7));

    /// <summary>Further fields the work asks to be filled in (e.g. a proposed supplier), one per line.</summary>
    [Input(DisplayName = "Uppgifter att fylla i", UIHint = "multiline", Order = 7,
        Description = "Ett fält per rad: namn | Etikett, valfritt | flerradig och | krävs. Till exempel: leverantor | Föreslagen leverantör | krävs")]
    public Input<string?> Fields { get; set; } = new((string?)null);

    /// <summary>Who marked it done.</summary>
    [Output(DisplayName = "Utfört av")]
    public Output<string?> DoneBy { get; set; } = new();

    /// <summary>The comment given when it was marked done.</summary>
    [Output(DisplayName = "Kommentar")]
    public Output<string?> Comment { get; set; } = new();

    /// <summary>What was filled in, by field name.</summary>
    [Output(DisplayName = "Ifyllda uppgifter", Description = "Fälten som fylldes i, efter namn.")]
    public Output<Dictionary<string, string>> Answers { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var title = context.Get(Title)?.Trim();
        if (string.IsNullOrEmpty(title)) throw new ActivityFaultException("Uppgiften saknar rubrik.");
        var instructions = context.Get(Instructions)?.Trim() is { Length: > 0 } text ? text : title;
        var documents = TaskDocuments.Parse(context.Get(Documents));
        var fields = TaskFieldList.Parse(context.Get(Fields));
        var due = context.Get(DueAfter);
        var interval = context.Get(ReminderInterval);
        TaskTimers.Validate(due, interval);
        var assignees = await context.Services.GetRequiredService<RecipientResolver>()
            .ResolveAsync(context.Get(Assignees), context.WorkflowContext.Instance.CorrelationId);
        var deadline = TaskTimers.Start(context, due, interval);
        foreach (var assignee in assignees)
        {
            context.OpenTask(new TaskRequest
            {
                Kind = TaskKind,
                Title = title,
                Question = instructions,
                Recipient = assignee,
                Choices = Choices,
                Documents = documents,
                Fields = fields,
                DueAt = deadline,
                // Work may be late; the link keeps working for a long while after the due date.
                LinkLifetime = TimeSpan.FromDays(180),
            });
        }
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        // Overdue work is not dropped: the deadline reminds too, and the reminders go on from the due time, one interval at a time.
        if (TaskTimers.IsReminder(bookmark) || TaskTimers.IsDeadline(bookmark))
        {
            TaskTimers.Remind(context, pastDue: true);
            return default;
        }
        if (TaskAnswers.Of(context, bookmark, Choices) is not { } decision) return default;
        context.CloseTask(decision.TaskId, HumanTaskStatus.Decided, decision);
        context.CloseOpenTasks(HumanTaskStatus.Cancelled);
        context.Set(DoneBy, decision.DecidedBy);
        context.Set(Comment, decision.Comment);
        context.Set(Answers, decision.Fields?.ToDictionary() ?? []);
        context.Complete(Done);
        return default;
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);
}
