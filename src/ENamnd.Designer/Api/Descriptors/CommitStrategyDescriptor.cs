namespace ENamnd.Designer.Api.Descriptors;

/// <summary>A commit strategy (<c>{name, displayName, description}</c>).</summary>
public sealed record CommitStrategyDescriptor(string Name, string DisplayName, string? Description);
