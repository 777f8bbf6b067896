namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Lists every difference between two schema descriptions: tables, columns and their nullability,
/// primary keys, indexes (columns, uniqueness, partial or not) and trigger names. Empty when they match.
/// </summary>
public static class SchemaComparison
{
    /// <summary>The differences between <paramref name="left"/> and <paramref name="right"/>, one line each, named by <paramref name="leftName"/> and <paramref name="rightName"/>.</summary>
    public static IReadOnlyList<string> Differences(string leftName, SchemaDescription left, string rightName, SchemaDescription right)
    {
        var sides = new Sides(leftName, rightName);
        var differences = new List<string>();
        Match(left.Tables, right.Tables, t => t.Name, "table", sides, differences,
            (l, r) => CompareTable(l, r, sides, differences));
        return differences;
    }

    private static void CompareTable(TableDescription left, TableDescription right, Sides sides, List<string> differences)
    {
        var table = $"table {left.Name}";
        Match(left.Columns, right.Columns, c => c.Name, $"{table}, column", sides, differences, (l, r) =>
        {
            if (l.Nullable != r.Nullable) differences.Add($"{table}, column {l.Name}: {sides.Both(l.ToString(), r.ToString())}");
        });

        var leftKey = $"({string.Join(", ", left.PrimaryKey)})";
        var rightKey = $"({string.Join(", ", right.PrimaryKey)})";
        if (leftKey != rightKey) differences.Add($"{table}, primary key: {sides.Both(leftKey, rightKey)}");

        Match(left.Indexes, right.Indexes, i => i.Name, $"{table}, index", sides, differences, (l, r) =>
        {
            if (l.Shape != r.Shape) differences.Add($"{table}, index {l.Name}: {sides.Both(l.Shape, r.Shape)}");
        });

        Match(left.Triggers, right.Triggers, t => t, $"{table}, trigger", sides, differences, (_, _) => { });
    }

    // Pairs items by name; reports those on one side only and hands each pair to compare.
    private static void Match<T>(IEnumerable<T> left, IEnumerable<T> right, Func<T, string> name, string what,
        Sides sides, List<string> differences, Action<T, T> compare)
    {
        var leftByName = left.ToDictionary(name, StringComparer.Ordinal);
        var rightByName = right.ToDictionary(name, StringComparer.Ordinal);
        foreach (var key in leftByName.Keys.Union(rightByName.Keys).Order(StringComparer.Ordinal))
        {
            var inLeft = leftByName.TryGetValue(key, out var l);
            var inRight = rightByName.TryGetValue(key, out var r);
            if (inLeft && inRight) compare(l!, r!);
            else differences.Add($"{what} {key}: only on {(inLeft ? sides.Left : sides.Right)}");
        }
    }

    private sealed record Sides(string Left, string Right)
    {
        public string Both(string left, string right) => $"{left} on {Left}, {right} on {Right}";
    }
}
