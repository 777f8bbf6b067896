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
        Then(approval, rework, ApprovalOutcomes.Returned).Then(approval, approval, ApprovalOutcomes.TimedOut).End(approval, ApprovalOutcomes.Rejected, PhaseDecisions.Stop);
        return reworkLeadsBack ? Then(rework, approval, AssignTask.Done) : this;
    }

    /// <summary>Wires what a committee decision can end in besides yes or no: tabled → the next meeting, returned → <paramref name="returnedTo"/>.</summary>
    public PhaseFlow CommitteeDetours(AwaitCommitteeDecision committee, Activity returnedTo) =>
        Then(committee, committee, AwaitCommitteeDecision.Tabled).Then(committee, returnedTo, AwaitCommitteeDecision.ReturnedForRevision);

    /// <summary>Ends the phase with <paramref name="decision"/> when <paramref name="source"/> completes through <paramref name="port"/>.</summary>
    public PhaseFlow End(Activity source, string port, string decision)
    {
        if (!ends.TryGetValue(decision, out var end))
        {
            end = Steps.Set($"Beslut{new string(decision.Where(char.IsLetter).ToArray())}", ProcessVariables.Decision, decision);
            ends[decision] = end;
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
            .WithVariable<List<string>>(Participants, [])
            .WithVariable(ProcessVariables.Decision, "")
            .WithOutput<string>(ProcessVariables.Decision, "Beslut")
            .WithOutput<List<string>>(Participants, "Deltagande kommuner");
        return (more?.Invoke(builder) ?? builder).Build(chart);
    }
}
