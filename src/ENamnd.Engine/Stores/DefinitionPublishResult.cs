using ENamnd.Engine.Model;

namespace ENamnd.Engine.Stores;

/// <summary>The published version; <see cref="AlreadyPublished"/> when the latest version was published before the call.</summary>
public sealed record DefinitionPublishResult(WorkflowDefinition Definition, bool AlreadyPublished);
