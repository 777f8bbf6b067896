using ENamnd.Activities.Email;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Meetings;

/// <summary>
/// Justering: asks the chair and the justerare to check the minutes (protokoll) of a committee meeting, each through a
/// task of their own with the minutes and the day they are due, reminders before it and after it. When everyone has
/// signed, the justering is recorded for the meeting (a <see cref="MinutesChecked"/> record, written with the step) and
/// the decisions that waited for it come in force.
/// </summary>
[Activity("ENamnd", "CheckMinutes", Category = ActivityCategories.Decisions, DisplayName = "Justera protokoll",
    Description = "Skickar protokollet till ordföranden och justerarna och registrerar justeringen när alla har justerat.", Kind = ActivityKind.Task)]
[FlowNode(Checked)]
public sealed class CheckMinutes : TaskActivity
{
    /// <summary>Everyone has checked the minutes.</summary>
    public const string Checked = "Checked";

    /// <summary>The task kind.</summary>
    public const string TaskKind = "justering";

    /// <summary>The one answer: the minutes are checked.</summary>
    public static IReadOnlyList<TaskChoice> Choices { get; } = [new(Checked, "Jag justerar protokollet")];

    private const string SignaturesProperty = "signatures";

    /// <summary>The meeting's id.</summary>
    [Input(DisplayName = "Sammanträde", Order = 1, Description = "Sammanträdets id.")]
    public Input<string> MeetingId { get; set; } = new("");

    /// <summary>The chair and the justerare.</summary>
    [Input(DisplayName = "Justeras av", UIHint = "multiline", Order = 2, Description = "Ordföranden och justerarna: e-postadresser eller roller, en per rad.")]
    public Input<string> Signers { get; set; } = new("");

    /// <summary>The task's title, e.g. "Justering av protokollet: Nämndens sammanträde …".</summary>
    [Input(DisplayName = "Rubrik", DefaultSyntax = ExpressionTypes.Liquid, Order = 3)]
    public Input<string> Title { get; set; } = new("");

    /// <summary>The minutes as text, shown in the email and on the task page.</summary>
    [Input(DisplayName = "Protokoll", UIHint = "multiline", DefaultSyntax = ExpressionTypes.Liquid, Order = 4)]
    public Input<string> Minutes { get; set; } = new("");

    /// <summary>When the minutes are to be checked by.</summary>
    [Input(DisplayName = "Justeras senast", Order = 5)]
    public Input<DateTimeOffset> DueAt { get; set; } = new(default(DateTimeOffset));

    /// <summary>Who gets the signers' remarks.</summary>
    [Input(DisplayName = "Sekreterare", Order = 6, Description = "Får justerarnas synpunkter: e-postadresser eller roller, till exempel \"roll:sekreterare\".")]
    public Input<string> Secretary { get; set; } = new("roll:sekreterare");

    /// <summary>The time between reminders; zero means none.</summary>
    [Input(DisplayName = "Påminnelseintervall", Order = 7, Description = "Tid mellan påminnelser; 0 betyder inga påminnelser.")]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(4));

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var meetingId = context.Get(MeetingId)?.Trim();
        if (string.IsNullOrEmpty(meetingId)) throw new ActivityFaultException("Sammanträdets id saknas.");
        var title = context.Get(Title)?.Trim();
        if (string.IsNullOrEmpty(title)) throw new ActivityFaultException("Justeringen saknar rubrik.");
        var dueAt = context.Get(DueAt);
        // A justering started late is still asked for: at least a day to answer.
        if (dueAt < context.Now + TimeSpan.FromDays(1)) dueAt = context.Now + TimeSpan.FromDays(1);
        var signers = await context.Services.GetRequiredService<RecipientResolver>().ResolveAsync(context.Get(Signers), context.WorkflowContext.Instance.CorrelationId);
        var names = signers.Select(s => s.Name ?? s.Email).ToList();
        var question = $"Protokollet justeras av {(names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " och " + names[^1])}. "
            + $"Läs det nedan och justera det senast {SwedishDates.DayAndTime(dueAt)}. Har du synpunkter, skriv dem i kommentaren "
            + "så får sekreteraren dem. Besluten börjar gälla när alla har justerat.\n\n" + (context.Get(Minutes) ?? "");
        foreach (var signer in signers)
        {
            context.OpenTask(new TaskRequest
            {
                Kind = TaskKind,
                Title = title,
                Question = question,
                Recipient = signer,
                Choices = Choices,
                DueAt = dueAt,
                // Counted from the due time: the link outlives it by two months, for a late justering.
                LinkLifetime = TimeSpan.FromDays(60),
            });
        }
        context.SetProperty(SignaturesProperty, new List<MinutesSignature>());
        TaskTimers.Start(context, dueAt, context.Get(ReminderInterval));
    }

    /// <inheritdoc />
    protected override async ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        if (TaskTimers.IsReminder(bookmark) || TaskTimers.IsDeadline(bookmark))
        {
            // Minutes past their day are still to be checked: the reminders go on.
            TaskTimers.Remind(context, pastDue: TaskTimers.IsDeadline(bookmark) || context.Now >= TaskTimers.DueAt(context));
            return;
        }
        if (TaskAnswers.Of(context, bookmark, Choices) is not { } answer) return;
        var signer = context.OpenTaskList().FirstOrDefault(t => t.TaskId == answer.TaskId)?.Recipient;
        context.CloseTask(answer.TaskId, HumanTaskStatus.Decided, answer);
        var name = signer?.Name ?? answer.DecidedBy;
        if (!string.IsNullOrWhiteSpace(answer.Comment)) await SendRemarkAsync(context, name, answer.Comment);
        var signatures = context.GetProperty<List<MinutesSignature>>(SignaturesProperty) ?? [];
        signatures.Add(new MinutesSignature(name, answer.Channel, context.Now, answer.Comment));
        context.SetProperty(SignaturesProperty, signatures);
        if (context.OpenTaskList().Count > 0) return;
        context.AddRecord(MinutesChecked.RecordKind, new MinutesChecked
        {
            MeetingId = context.Get(MeetingId)!.Trim(),
            CheckedOn = StockholmTime.DateOf(context.Now),
            Signatures = signatures,
        });
        context.Complete(Checked);
    }

    // A remark reaches the secretary at once, with the step that recorded the signature.
    private async Task SendRemarkAsync(ActivityExecutionContext context, string signer, string remark)
    {
        // Without a secretary to tell, the signature still counts: the remark stays with it in the record.
        var secretaries = await context.Services.GetRequiredService<RecipientResolver>().ResolveHeldAsync(context.Get(Secretary), context.WorkflowContext.Instance.CorrelationId);
        if (secretaries.Count == 0) return;
        var title = context.Get(Title)?.Trim();
        context.SendMessage(EmailMessage.Kind, new EmailMessage
        {
            To = [.. secretaries.Select(s => new EmailAddress(s.Email, s.Name))],
            Subject = $"Synpunkt: {title}",
            TextBody = $"Hej!\n\n{signer} har justerat protokollet ({title}) och lämnat en synpunkt:\n\n{remark.Trim()}\n",
        });
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);
}
