using System.Text.Json.Nodes;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.ProcessVariables;

namespace ENamnd.Workflows.Process;

/// <summary>
/// A subprocess under construction: it starts by taking the participants from its input and ends
/// by setting its <c>beslut</c> output. The shared end nodes keep the drawing readable.
/// </summary>
internal sealed class PhaseFlow
{
    private readonly Dictionary<string, SetVariable> ends = [];

    /// <summary>Why a municipal round stops a case.</summary>
    public const string TooFew = "för få kommuner vill delta";

    /// <summary>Why a guarantee round stops a case.</summary>
    public const string NotCovered = "kommunernas garantiåtaganden täcker inte kostnaden";

    /// <summary>Starts a flow whose first step is <paramref name="first"/>.</summary>
    public PhaseFlow(Activity first)
    {
        var start = new Start { Id = "Start" };
        var init = Steps.Compute("HamtaDeltagare", Participants, $"getInput('{Participants}') ?? []");
        Chart.Connect(start, init).Connect(init, first);
    }

    /// <summary>The flowchart.</summary>
    public Flowchart Chart { get; } = new() { Id = "Flow" };

    /// <summary>Connects <paramref name="port"/> of <paramref name="source"/> to <paramref name="target"/>.</summary>
    public PhaseFlow Then(Activity source, Activity target, string port = Ports.Done)
    {
        Chart.Connect(source, target, port);
        return this;
    }

    /// <summary>
    /// Wires what an approval can end in besides approval: returned → <paramref name="rework"/> (and, when
    /// <paramref name="reworkLeadsBack"/>, from it back to the approval), timed out → asked again, rejected → the phase stops.
    /// </summary>
    public PhaseFlow Detours(RequestApproval approval, Activity rework, bool reworkLeadsBack = true)
    {
        Then(approval, rework, ApprovalOutcomes.Returned).Then(approval, approval, ApprovalOutcomes.TimedOut)
            .End(approval, ApprovalOutcomes.Rejected, PhaseDecisions.Stop, $"avslag på ”{approval.Metadata["displayText"]}”");
        return reworkLeadsBack ? Then(rework, approval, AssignTask.Done) : this;
    }

    /// <summary>Ends the phase with a stop when the committee says no to <paramref name="committee"/>'s matter.</summary>
    public PhaseFlow StopWhenRejected(AwaitCommitteeDecision committee) =>
        End(committee, AwaitCommitteeDecision.Rejected, PhaseDecisions.Stop, $"nämnden avslog ”{committee.Metadata["displayText"]}”");

    /// <summary>Wires what a committee decision can end in besides yes or no: tabled → the next meeting, returned → <paramref name="returnedTo"/>.</summary>
    public PhaseFlow CommitteeDetours(AwaitCommitteeDecision committee, Activity returnedTo) =>
        Then(committee, committee, AwaitCommitteeDecision.Tabled).Then(committee, returnedTo, AwaitCommitteeDecision.ReturnedForRevision);

    /// <summary>
    /// Ends the phase with <paramref name="decision"/> when <paramref name="source"/> completes through <paramref name="port"/>;
    /// <paramref name="reason"/> says why, in Swedish, when the decision stops the case.
    /// </summary>
    public PhaseFlow End(Activity source, string port, string decision, string? reason = null)
    {
        var key = $"{decision}|{reason}";
        if (!ends.TryGetValue(key, out var end))
        {
            var id = $"Beslut{new string(decision.Where(char.IsLetter).ToArray())}{(reason is null ? "" : ends.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            end = reason is null
                ? Steps.Set(id, ProcessVariables.Decision, decision)
                : Steps.Compute(id, ProcessVariables.Decision, $"(() => {{ setVariable('{ProcessVariables.StopReason}', {System.Text.Json.JsonSerializer.Serialize(reason)}); return '{decision}'; }})()");
            ends[key] = end;
        }
        Chart.Connect(source, end, port);
        return this;
    }

    /// <summary>Declares the subprocess's inputs, variables and outputs and builds it, named as <see cref="ProcessIds.Phases"/> names it.</summary>
    public static WorkflowDefinition Build(string definitionId, string description, Flowchart chart, Func<WorkflowBuilder, WorkflowBuilder>? more = null)
    {
        var builder = new WorkflowBuilder(definitionId, ProcessIds.NameOf(definitionId))
            .WithDescription(description)
            .WithInput<string>(Title, "Ärendets rubrik")
            .WithInput<List<string>>(Participants, "Deltagande kommuner")
            .WithInput<decimal?>(Budget, "Budget (kr)")
            .WithInput<string>(DocumentLibrary, "Dokumentbibliotek")
            .WithInput<string>(CasePage, "Ärendets sida")
            .WithInput<string>(Description, "Ärendets beskrivning")
            .WithInput<JsonObject>(Budgets, "Budget per fas (kr)")
            .WithVariable<List<string>>(Participants, [])
            .WithVariable(ProcessVariables.Decision, "")
            .WithVariable(StopReason, "")
            .WithOutput<string>(ProcessVariables.Decision, "Beslut")
            .WithOutput<string>(StopReason, "Skäl till att ärendet stoppas")
            .WithOutput<List<string>>(Participants, "Deltagande kommuner");
        return (more?.Invoke(builder) ?? builder).Build(chart);
    }
}
