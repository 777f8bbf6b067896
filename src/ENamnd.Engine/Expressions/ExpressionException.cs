namespace ENamnd.Engine.Expressions;

/// <summary>An expression that could not be evaluated; its message says which and why.</summary>
public sealed class ExpressionException(string message, Exception? inner = null) : Exception(message, inner);
