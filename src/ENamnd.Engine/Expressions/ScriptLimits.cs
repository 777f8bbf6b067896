namespace ENamnd.Engine.Expressions;

/// <summary>The limits every script syntax runs under, so one syntax is not looser than another.</summary>
public static class ScriptLimits
{
    /// <summary>How long one script may run before its activity faults.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
}
