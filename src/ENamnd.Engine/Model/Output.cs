namespace ENamnd.Engine.Model;

/// <summary>An activity output, optionally bound to a workflow variable.</summary>
public abstract class Output(Type valueType)
{
    /// <summary>The CLR type of the value.</summary>
    public Type ValueType { get; } = valueType;

    /// <summary>The id or name of the variable that receives the value, if bound.</summary>
    public string? Variable { get; set; }

    /// <summary>The output's JSON as read, written back verbatim while the binding is unchanged.</summary>
    public System.Text.Json.Nodes.JsonObject? Json { get; set; }
}

/// <summary>A typed activity output.</summary>
public sealed class Output<T>() : Output(typeof(T))
{
    /// <summary>An output that also writes to the named variable.</summary>
    public static Output<T> To(string variable) => new() { Variable = variable };
}
