namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Where an alteration plan stands (Elsa's names; this engine makes its jobs when the plan is submitted).</summary>
public enum AlterationPlanStatus
{
    Pending,
    Generating,
    Dispatching,
    Running,
    Completed,
    Failed,
}
