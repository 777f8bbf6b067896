namespace ENamnd.Engine.Model;

/// <summary>
/// One log persistence setting: a fixed <see cref="Mode"/>, or an <see cref="Expression"/> that yields the mode's name when
/// the activity runs (Elsa's <c>evaluationMode: Expression</c>); an expression's mode is <see cref="LogPersistenceMode.Inherit"/>.
/// </summary>
public sealed record LogPersistenceRule(LogPersistenceMode Mode, Expression? Expression = null)
{
    /// <summary>The rule of a fixed mode.</summary>
    public static LogPersistenceRule Of(LogPersistenceMode mode) => new(mode);
}
