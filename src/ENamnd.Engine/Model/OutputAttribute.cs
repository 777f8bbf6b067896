namespace ENamnd.Engine.Model;

/// <summary>Designer metadata of an activity output.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>The label shown in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the output holds.</summary>
    public string? Description { get; init; }

    /// <summary>Whether the designer shows the output.</summary>
    public bool IsBrowsable { get; init; } = true;
}
