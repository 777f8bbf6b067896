namespace ENamnd.Engine.Model;

/// <summary>
/// Marks an <see cref="Activity"/> property as an embedded port (Elsa's <c>[Port]</c>): a child activity slot such as
/// <c>Then</c> or <c>Body</c>, written in the JSON as a nested activity under the camelCased property name.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PortAttribute : Attribute
{
    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Whether the designer offers the port.</summary>
    public bool IsBrowsable { get; init; } = true;
}
