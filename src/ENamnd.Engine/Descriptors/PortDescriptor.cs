namespace ENamnd.Engine.Descriptors;

/// <summary>An outcome port (<c>type: Flow</c>) or an embedded child slot (<c>type: Embedded</c>).</summary>
public sealed record PortDescriptor(string Name, string DisplayName, string Type = "Flow", bool IsBrowsable = true);
