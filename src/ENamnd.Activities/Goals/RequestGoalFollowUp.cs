using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Goals;

/// <summary>
/// Follows up goals and indicators (måluppföljning): one task per item for its owner asking whether it is
/// met, partly met or not met, with the value (pre-filled when the system computed it), a comment and an
/// action plan; reminders until answered. Completes through <c>AllAnswered</c> when every item has an
/// answer, or <c>DeadlinePassed</c> at the deadline (unanswered tasks then close as timed out).
/// </summary>
[Activity("ENamnd", "RequestGoalFollowUp", Category = ActivityCategories.FollowUp, DisplayName = "Begär måluppföljning",
    Description = "Skickar en uppföljningsuppgift per mål eller indikator till dess ägare, med påminnelser tills den är besvarad.",
    Kind = ActivityKind.Task)]
[FlowNode(AllAnswered, DeadlinePassed)]
public sealed class RequestGoalFollowUp : TaskActivity
{
    /// <summary>The outcome when every item was answered.</summary>
    public const string AllAnswered = "AllAnswered";

    /// <summary>The outcome when the deadline passed first.</summary>
    public const string DeadlinePassed = "DeadlinePassed";

    /// <summary>The task kind of a follow-up.</summary>
    public const string TaskKind = "goal-follow-up";

    /// <summary>The period followed up, e.g. "tertial 1 2022 (januari–april)".</summary>
    [Input(DisplayName = "Period", DefaultSyntax = ExpressionTypes.Liquid, Order = 1)]
    public Input<string> Period { get; set; } = new("");

    /// <summary>The goals and indicators to follow up.</summary>
    [Input(DisplayName = "Mål och indikatorer", Description = "En lista av {key, goal, indicator, owner, target, unit, value, valueNote}.", Order = 2)]
    public Input<List<FollowUpItem>> Items { get; set; } = new([]);

    /// <summary>The deadline as a moment; when empty, <see cref="Deadline"/> from the start.</summary>
    [Input(DisplayName = "Sista svarsdag", Description = "Tidpunkt; tomt betyder svarstiden räknad från start.", Order = 3)]
    public Input<DateTimeOffset?> DueAt { get; set; } = new((DateTimeOffset?)null);

    /// <summary>The time to answer when <see cref="DueAt"/> is empty.</summary>
    [Input(DisplayName = "Svarstid", Description = "Till exempel 21.00:00:00 för tre veckor.", Order = 4)]
    public Input<TimeSpan> Deadline { get; set; } = new(TimeSpan.FromDays(21));

    /// <summary>The time between reminders; zero means none.</summary>
    [Input(DisplayName = "Påminnelseintervall", Description = "Till exempel 7.00:00:00. 0 betyder inga påminnelser.", Order = 5)]
    public Input<TimeSpan> ReminderInterval { get; set; } = new(TimeSpan.FromDays(7));

    /// <summary>The keys of the items nobody answered in time.</summary>
    [Output(DisplayName = "Obesvarade")]
    public Output<List<string>> Unanswered { get; set; } = new();

    /// <inheritdoc />
    protected override async ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        // Everything is checked and resolved before the first task opens: a fault must not leave tasks behind.
        var period = context.Get(Period)?.Trim();
        if (string.IsNullOrEmpty(period)) throw new ActivityFaultException("Uppföljningen saknar period.");
        var items = context.Get(Items) ?? [];
        if (items.Count == 0) throw new ActivityFaultException("Uppföljningen har inga mål eller indikatorer.");
        if (items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count() != items.Count) throw new ActivityFaultException("Två mål eller indikatorer har samma nyckel.");
        var resolver = context.Services.GetRequiredService<RecipientResolver>();
        // Each owner is looked up once, however many goals and indicators they own.
        var byOwner = new Dictionary<string, IReadOnlyList<TaskRecipient>>(StringComparer.Ordinal);
        var owners = new Dictionary<string, IReadOnlyList<TaskRecipient>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!byOwner.TryGetValue(item.Owner, out var recipients))
                byOwner[item.Owner] = recipients = await resolver.ResolveAsync(item.Owner, context.WorkflowContext.Instance.CorrelationId);
            if (recipients.Count == 0) throw new ActivityFaultException($"Ingen mottagare för '{item.Key}' ({item.Owner}).");
            owners[item.Key] = recipients;
        }
        var deadlineAt = context.Get(DueAt) is { } dueAt
            ? TaskTimers.Start(context, dueAt, context.Get(ReminderInterval))
            : TaskTimers.Start(context, context.Get(Deadline), context.Get(ReminderInterval));
        var state = new FollowUpState { ItemCount = items.Count };
        foreach (var item in items)
        {
            foreach (var recipient in owners[item.Key])
            {
                var task = context.OpenTask(new TaskRequest
                {
                    Kind = TaskKind,
                    Title = FollowUpTexts.Title(period, item),
                    Question = FollowUpTexts.Question(period, item),
                    Recipient = recipient,
                    Choices = FollowUpStatuses.Choices,
                    Fields = FollowUpFields.For(item),
                    DueAt = deadlineAt,
                });
                state.ItemByTask[task.TaskId] = item.Key;
                context.AddRecord(FollowUpRecordKinds.TaskOpened, new FollowUpTask(task.TaskId, task.InstanceId, item.Key));
            }
        }
        state.Save(context);
    }

    /// <inheritdoc />
    protected override ValueTask ResumeTaskAsync(ActivityExecutionContext context, Bookmark bookmark)
    {
        var state = FollowUpState.Load(context);
        if (TaskTimers.IsReminder(bookmark))
        {
            TaskTimers.Remind(context);
        }
        else if (TaskTimers.IsDeadline(bookmark))
        {
            context.CloseOpenTasks(HumanTaskStatus.TimedOut);
            Finish(context, state, DeadlinePassed);
        }
        else if (TaskAnswers.Of(context, bookmark, FollowUpStatuses.Choices) is { } decision && state.ItemByTask.TryGetValue(decision.TaskId, out var key))
        {
            context.CloseTask(decision.TaskId, HumanTaskStatus.Decided, decision);
            // The first answer for an item decides it; the same question to the owner role's other holders is withdrawn.
            foreach (var sibling in state.ItemByTask.Where(p => p.Value == key && p.Key != decision.TaskId).Select(p => p.Key))
                context.CloseTask(sibling, HumanTaskStatus.Cancelled);
            state.Answered.Add(key);
            state.Save(context);
            if (state.AllAnswered) Finish(context, state, AllAnswered);
        }
        return default;
    }

    /// <inheritdoc />
    protected override void OnCancelled(ActivityExecutionContext context) => context.CloseOpenTasks(HumanTaskStatus.Cancelled);

    private void Finish(ActivityExecutionContext context, FollowUpState state, string outcome)
    {
        context.Set(Unanswered, state.ItemByTask.Values.Distinct(StringComparer.Ordinal).Except(state.Answered, StringComparer.Ordinal).ToList());
        context.Complete(outcome);
    }
}
