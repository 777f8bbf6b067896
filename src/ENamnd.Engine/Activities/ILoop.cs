namespace ENamnd.Engine.Activities;

/// <summary>A loop that a <see cref="Break"/> inside it ends (For, ForEach, While, as Elsa's <c>BreakBehavior</c>); the break goes no further up.</summary>
public interface ILoop;
