namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>A column as both providers can describe it: its name and whether it accepts NULL (types differ by provider and are left out).</summary>
public sealed record ColumnDescription(string Name, bool Nullable)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} {(Nullable ? "NULL" : "NOT NULL")}";
}
