using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.CSharp.Tests;

/// <summary>Reads an instance's lines and faults in the forms the tests compare.</summary>
public static class InstanceText
{
    /// <summary>The lines written by <c>Elsa.WriteLine</c>, in order.</summary>
    public static IReadOnlyList<string?> Messages(this WorkflowInstance instance) =>
        instance.Journal.Where(e => e.EventType == JournalEventType.Log).Select(e => e.Message).ToList();

    /// <summary>The one incident's message; fails when there is not exactly one.</summary>
    public static string Fault(this WorkflowInstance instance) => Assert.Single(instance.Incidents).Message;
}
