namespace ENamnd.Designer.Api.Descriptors;

/// <summary>Where a variable's value is kept, as the designer's variable dialog offers it.</summary>
public sealed record StorageDriverDescriptor(string TypeName, string DisplayName, double Priority, bool Deprecated);
