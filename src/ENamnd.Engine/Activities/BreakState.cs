using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Whether an execution was told by a <see cref="Break"/> below it to stop (Elsa's <c>IsBreaking</c>); kept in its durable state.</summary>
public static class BreakState
{
    private const string Property = "isBreaking";

    /// <summary>Whether a break below this execution asked it to stop.</summary>
    public static bool IsBreaking(this ActivityExecutionContext context) => context.GetProperty<bool>(Property);

    /// <summary>Marks the execution as breaking; it completes when its running child does.</summary>
    public static void SetBreaking(this ActivityExecutionContext context) => context.SetProperty(Property, true);
}
