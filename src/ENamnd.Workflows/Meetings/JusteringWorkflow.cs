using ENamnd.Activities.Meetings;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Workflows.Meetings;

/// <summary>
/// Justering av protokollet: once a committee meeting's decisions are recorded and its justerare appointed, the chair
/// and the justerare check the minutes through their task links; when all have, the justering is recorded and the
/// decisions come in force. Started by the host, one instance per meeting.
/// </summary>
public sealed class JusteringWorkflow : ICodeWorkflow
{
    /// <summary>The definition id.</summary>
    public const string Id = "JusteringAvProtokoll";

    /// <summary>The inputs the host starts it with.</summary>
    public static class Inputs
    {
        /// <summary>The meeting's id.</summary>
        public const string MeetingId = "meetingId";

        /// <summary>The chair and the justerare, as addresses.</summary>
        public const string Signers = "signers";

        /// <summary>The tasks' title.</summary>
        public const string Title = "title";

        /// <summary>The minutes as text.</summary>
        public const string Minutes = "minutes";

        /// <summary>When the minutes are to be checked by.</summary>
        public const string DueAt = "dueAt";
    }

    /// <inheritdoc />
    public string DefinitionId => Id;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var check = new CheckMinutes
        {
            Id = "justera",
            MeetingId = new(Expression.JavaScript($"getInput('{Inputs.MeetingId}')")),
            Signers = new(Expression.JavaScript($"getInput('{Inputs.Signers}')")),
            Title = new(Expression.JavaScript($"getInput('{Inputs.Title}')")),
            Minutes = new(Expression.JavaScript($"getInput('{Inputs.Minutes}')")),
            DueAt = new(Expression.JavaScript($"getInput('{Inputs.DueAt}')")),
        };
        var flow = new Flowchart { Id = "flow" };
        flow.Connect(new Start { Id = "start" }, check);
        flow.Connect(check, new End { Id = "justerat" }, CheckMinutes.Checked);
        return new WorkflowBuilder(Id, "Justering av protokoll")
            .WithDescription("Ordföranden och justerarna justerar protokollet från nämndens sammanträde; besluten gäller när alla har justerat.")
            .WithInput<string>(Inputs.MeetingId, "Sammanträde")
            .WithInput<string>(Inputs.Signers, "Justeras av")
            .WithInput<string>(Inputs.Title, "Rubrik")
            .WithInput<string>(Inputs.Minutes, "Protokoll")
            .WithInput<DateTimeOffset>(Inputs.DueAt, "Justeras senast")
            .Build(flow);
    }
}
