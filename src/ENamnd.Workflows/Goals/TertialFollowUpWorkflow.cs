using ENamnd.Activities.Goals;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Workflows.Goals;

/// <summary>
/// Tertialuppföljning: the follow-up of the annual plan's goals after a tertial. Started by the host's
/// tertial job with the period, the items (goals and indicators with their owners and pre-filled values),
/// the deadline and the reminder interval as input; it ends when every item is answered or the deadline passes.
/// </summary>
public sealed class TertialFollowUpWorkflow : ICodeWorkflow
{
    /// <summary>The definition id.</summary>
    public const string Id = "Tertialuppfoljning";

    /// <summary>The input names the starter fills in.</summary>
    public static class Inputs
    {
        /// <summary>The period, e.g. "tertial 1 2022 (januari–april)".</summary>
        public const string Period = "period";

        /// <summary>The list of <see cref="FollowUpItem"/>.</summary>
        public const string Items = "items";

        /// <summary>The deadline (a moment).</summary>
        public const string DueAt = "dueAt";

        /// <summary>The time between reminders.</summary>
        public const string ReminderInterval = "reminderInterval";
    }

    /// <inheritdoc />
    public string DefinitionId => Id;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var flow = new Flowchart { Id = "flow" };
        var followUp = new RequestGoalFollowUp
        {
            Id = "followUp",
            Period = new(Expression.JavaScript($"getInput('{Inputs.Period}')")),
            Items = new(Expression.JavaScript($"getInput('{Inputs.Items}')")),
            DueAt = new(Expression.JavaScript($"getInput('{Inputs.DueAt}')")),
            ReminderInterval = new(Expression.JavaScript($"getInput('{Inputs.ReminderInterval}')")),
        };
        flow.Connect(new Start { Id = "start" }, followUp);
        flow.Connect(followUp, new End { Id = "answered" }, RequestGoalFollowUp.AllAnswered);
        flow.Connect(followUp, new End { Id = "deadlinePassed" }, RequestGoalFollowUp.DeadlinePassed);
        return new WorkflowBuilder(Id, "Tertialuppföljning")
            .WithDescription("Uppföljning av verksamhetsplanens mål och indikatorer efter varje tertial.")
            .WithInput<string>(Inputs.Period, "Period")
            .WithInput<object>(Inputs.Items, "Mål och indikatorer")
            .WithInput<DateTimeOffset>(Inputs.DueAt, "Sista svarsdag")
            .WithInput<TimeSpan>(Inputs.ReminderInterval, "Påminnelseintervall")
            .Build(flow);
    }
}
