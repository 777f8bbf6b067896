using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// The smallest workflow that waits for a person: Start → Event <c>approval</c> → SetVariable
/// (<see cref="Approved"/> = true) → WriteLine → End. An instance waits on one bookmark; resuming
/// it runs the rest and finishes the instance.
/// </summary>
public static class ApprovalWorkflow
{
    /// <summary>The definition id.</summary>
    public const string DefinitionId = "benchmark-approval";

    /// <summary>The event the instance waits for.</summary>
    public const string EventName = "approval";

    /// <summary>The variable the resumed instance sets to true.</summary>
    public const string Approved = "Approved";

    /// <summary>Builds the definition (the publisher assigns its version id).</summary>
    public static WorkflowDefinition Build()
    {
        var flowchart = new Flowchart();
        var start = new Start();
        var approval = new Event(EventName);
        var approve = new SetVariable(Approved, new Input<object>(true));
        var write = new WriteLine("Godkänt");
        var end = new End();
        flowchart.Connect(start, approval).Connect(approval, approve).Connect(approve, write).Connect(write, end);
        return new WorkflowBuilder(DefinitionId, "Benchmark: ett godkännande")
            .WithVariable(Approved, false)
            .Build(flowchart);
    }
}
