namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>The tables of one database after the migrations, as read from its catalogue.</summary>
public sealed record SchemaDescription(IReadOnlyList<TableDescription> Tables);
