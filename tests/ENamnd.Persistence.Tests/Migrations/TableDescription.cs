namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>A table as both providers can describe it: columns, primary key columns in key order, indexes and trigger names.</summary>
public sealed record TableDescription(
    string Name,
    IReadOnlyList<ColumnDescription> Columns,
    IReadOnlyList<string> PrimaryKey,
    IReadOnlyList<IndexDescription> Indexes,
    IReadOnlyList<string> Triggers);
