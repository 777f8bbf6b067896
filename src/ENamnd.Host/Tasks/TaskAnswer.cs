namespace ENamnd.Host.Tasks;

/// <summary>An answer to a task as a page or API client sends it: the link token, the chosen outcome, a comment and a decision reference.</summary>
public sealed record TaskAnswer(string? Token, string? Outcome, string? Comment, string? Reference);
