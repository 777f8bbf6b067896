namespace ENamnd.Activities.Tasks;

/// <summary>A supporting document or link shown with a task.</summary>
public sealed record TaskDocument(string Title, string Url);
