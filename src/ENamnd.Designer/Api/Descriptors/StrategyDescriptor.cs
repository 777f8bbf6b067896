namespace ENamnd.Designer.Api.Descriptors;

/// <summary>An activation, incident or log persistence strategy (<c>{typeName, displayName, description}</c>).</summary>
public sealed record StrategyDescriptor(string TypeName, string DisplayName, string? Description);
