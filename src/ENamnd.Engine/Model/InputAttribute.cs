namespace ENamnd.Engine.Model;

/// <summary>Designer metadata of an activity input.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text shown under the input.</summary>
    public string? Description { get; init; }

    /// <summary>The Elsa Studio editor to use, e.g. <c>multiline</c> or <c>dropdown</c>.</summary>
    public string? UIHint { get; init; }

    /// <summary>Choices offered by a dropdown.</summary>
    public string[]? Options { get; init; }

    /// <summary>Sort order in the properties panel.</summary>
    public float Order { get; init; }

    /// <summary>The group in the properties panel.</summary>
    public string? Category { get; init; }

    /// <summary>The default value shown for a new activity.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The expression syntax the designer proposes.</summary>
    public string DefaultSyntax { get; init; } = ExpressionTypes.Literal;

    /// <summary>
    /// The syntax of the source code a literal value holds, when the activity runs it (e.g. <c>CSharp</c> for RunCSharp's
    /// script): the validator checks such a literal with that syntax's evaluator, as it checks an expression.
    /// </summary>
    public string? SourceSyntax { get; init; }

    /// <summary>
    /// Whether the value is a secret (a password, a token): the journal never keeps it, whatever the log persistence mode
    /// (Elsa's <c>IsSensitive</c>).
    /// </summary>
    public bool IsSensitive { get; init; }

    /// <summary>Whether the designer shows the input.</summary>
    public bool IsBrowsable { get; init; } = true;
}
