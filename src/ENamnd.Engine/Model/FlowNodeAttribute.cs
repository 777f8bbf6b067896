namespace ENamnd.Engine.Model;

/// <summary>Names the outcome ports an activity can complete through in a flowchart.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FlowNodeAttribute(params string[] outcomes) : Attribute
{
    /// <summary>The outcome port names, e.g. <c>True</c> and <c>False</c>.</summary>
    public IReadOnlyList<string> Outcomes { get; } = outcomes;
}
