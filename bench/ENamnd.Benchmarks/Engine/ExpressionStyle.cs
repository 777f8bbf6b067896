namespace ENamnd.Benchmarks.Engine;

/// <summary>What the benchmark flowchart's activities evaluate.</summary>
public enum ExpressionStyle
{
    /// <summary>Literal values only: the engine's own cost.</summary>
    Literal,

    /// <summary>JavaScript (Jint) for variables and conditions and Liquid for text, as designed workflows do.</summary>
    Scripted,
}
