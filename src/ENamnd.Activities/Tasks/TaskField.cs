namespace ENamnd.Activities.Tasks;

/// <summary>
/// A text field a task asks for besides the choice and the comment (e.g. a measured value or an
/// action plan): its name in the answer, its Swedish label, whether it is required, and a pre-filled value.
/// </summary>
public sealed record TaskField(string Name, string Label, bool Multiline = false, bool Required = false, string? Value = null);
