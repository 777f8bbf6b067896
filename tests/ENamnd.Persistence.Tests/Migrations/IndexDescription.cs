namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// An index other than the primary key's: its name, key columns in order (an expression as
/// <see cref="Expression"/>), whether it is unique and whether it has a WHERE clause.
/// </summary>
public sealed record IndexDescription(string Name, IReadOnlyList<string> Columns, bool Unique, bool Partial)
{
    /// <summary>How an index key that is an expression rather than a column is listed.</summary>
    public const string Expression = "(expression)";

    /// <summary>
    /// The name given to the index behind a UNIQUE column constraint, whose real name the provider
    /// chooses (<c>cases_case_number_key</c> on PostgreSQL, <c>sqlite_autoindex_cases_1</c> on SQLite).
    /// </summary>
    public static string ForUniqueConstraint(string table, IEnumerable<string> columns) =>
        $"{table}_{string.Join('_', columns)}_key (unique constraint)";

    /// <summary>The index's shape, without its name.</summary>
    public string Shape =>
        $"{(Unique ? "UNIQUE " : "")}({string.Join(", ", Columns)}){(Partial ? " WHERE …" : "")}";
}
