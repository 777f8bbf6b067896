namespace ENamnd.Engine.Serialization;

/// <summary>A workflow definition that cannot be used; <see cref="Errors"/> says why, one line per problem.</summary>
public sealed class WorkflowValidationException(IReadOnlyList<string> errors)
    : Exception("Arbetsflödet är inte giltigt: " + string.Join(" ", errors))
{
    /// <summary>The problems found.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
