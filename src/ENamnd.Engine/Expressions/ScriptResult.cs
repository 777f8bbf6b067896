namespace ENamnd.Engine.Expressions;

/// <summary>What a script run as an activity's body gave: its value and the outcomes it chose (none means <c>Done</c>).</summary>
public sealed record ScriptResult(object? Value, IReadOnlyList<string>? Outcomes);
