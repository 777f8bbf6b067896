namespace ENamnd.Engine.Descriptors;

/// <summary>An activity output as Elsa Studio sees it.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, float Order, bool IsBrowsable);
