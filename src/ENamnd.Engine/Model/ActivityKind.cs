namespace ENamnd.Engine.Model;

/// <summary>The Elsa activity kinds the designer knows.</summary>
public enum ActivityKind
{
    Action,
    Trigger,
    Job,
    Task,
}
