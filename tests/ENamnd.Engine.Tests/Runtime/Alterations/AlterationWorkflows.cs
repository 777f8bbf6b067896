using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Runtime.Alterations;

/// <summary>The workflows the alteration tests alter.</summary>
internal static class AlterationWorkflows
{
    /// <summary>The message of the fault the flaky step raises while <c>Klar</c> is false.</summary>
    public const string FaultMessage = "Registret svarade inte";

    /// <summary>
    /// first → flaky → last, where flaky throws until the variable <c>Klar</c> is true: a fault that is gone once fixed.
    /// </summary>
    public static WorkflowDefinition Flaky(string definitionId)
    {
        var first = new WriteLine("först") { Id = "first" };
        var flaky = new RunJavaScript { Id = "flaky", Script = new Input<string>($"if (getVariable('Klar') !== true) throw new Error('{FaultMessage}');") };
        var last = new WriteLine("sist") { Id = "last" };
        var flow = new Flowchart().Connect(first, flaky).Connect(flaky, last);
        return new WorkflowBuilder(definitionId, "Ostadig").WithVariable("Klar", false).Build(flow);
    }

    /// <summary>
    /// Version <paramref name="version"/> of a flow that writes "först", waits for the event "godkänt" and then writes
    /// what each version's <paramref name="after"/> says (in a step with id <c>last{version}</c> unless <paramref name="lastId"/>
    /// names another); <paramref name="keepWait"/> false leaves the wait out.
    /// </summary>
    public static WorkflowDefinition Waiting(string definitionId, int version, string after, bool keepWait = true, string? lastId = null)
    {
        var first = new WriteLine("först") { Id = "first" };
        var wait = new Event("godkänt") { Id = "wait" };
        var last = new WriteLine(after) { Id = lastId ?? $"last{version}" };
        var flow = keepWait ? new Flowchart().Connect(first, wait).Connect(wait, last) : new Flowchart().Connect(first, last);
        var definition = new WorkflowBuilder(definitionId, "Väntande").WithVersion(version).WithVariable("Nummer", version).Build(flow);
        definition.IsLatest = true;
        definition.IsPublished = true;
        return definition;
    }

    /// <summary>The lines the workflow wrote, without the journal entries of alterations.</summary>
    public static IReadOnlyList<string?> Written(this WorkflowInstance instance) =>
        [.. instance.Journal.Where(e => e.EventType == JournalEventType.Log && e.Payload?["alteration"] is null).Select(e => e.Message)];
}
