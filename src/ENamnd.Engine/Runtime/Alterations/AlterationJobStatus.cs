namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Where an alteration job stands (Elsa's names).</summary>
public enum AlterationJobStatus
{
    Pending,
    Running,
    Completed,
    Failed,
}
