using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>A child activity that completed, with the outcome ports it completed through.</summary>
public sealed record ChildCompletion(Activity Activity, string ContextId, IReadOnlyList<string> Outcomes);
