namespace ENamnd.Designer.Api.Descriptors;

/// <summary>An installed server feature; the designer enables optional modules (real-time updates, resilience) by them.</summary>
public sealed record FeatureDescriptor(string Name, string Namespace, string FullName, string DisplayName, string? Description);
