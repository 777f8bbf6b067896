using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Runtime;

/// <summary>A parent that runs a child as a subprocess and then logs, and children to run under it.</summary>
public static class SubprocessWorkflows
{
    /// <summary>The definition id of the parent.</summary>
    public const string ParentId = "huvudprocess";

    /// <summary>The definition id of every child.</summary>
    public const string ChildId = "delprocess";

    /// <summary>Runs <see cref="ChildId"/>, waits for it and logs "föräldern fortsätter".</summary>
    public static WorkflowDefinition Parent() =>
        new WorkflowBuilder(ParentId, "Huvudprocess").Build(new Sequence(
            new ExecuteWorkflow { WorkflowDefinitionId = new Input<string>(ChildId) },
            new WriteLine("föräldern fortsätter")));

    /// <summary>A child that logs "barnet kör" and ends at once.</summary>
    public static WorkflowDefinition QuickChild() =>
        new WorkflowBuilder(ChildId, "Delprocess").Build(new WriteLine("barnet kör"));

    /// <summary>A child that waits <paramref name="delay"/> before it logs "barnet kör" and ends.</summary>
    public static WorkflowDefinition WaitingChild(TimeSpan delay) =>
        new WorkflowBuilder(ChildId, "Delprocess").Build(new Sequence(new Delay(delay), new WriteLine("barnet kör")));
}
