namespace ENamnd.Designer.Api.Descriptors;

/// <summary>An expression syntax as the designer lists it; property values must be strings.</summary>
public sealed record ExpressionDescriptor(string Type, string DisplayName, bool IsSerializable, bool IsBrowsable, IReadOnlyDictionary<string, string> Properties);
