namespace ENamnd.Designer.Api.Descriptors;

/// <summary>A type a variable, input or output may have.</summary>
public sealed record VariableTypeDescriptor(string TypeName, string DisplayName, string Category, string? Description);
