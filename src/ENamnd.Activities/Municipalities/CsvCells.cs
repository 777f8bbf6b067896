using System.Text;

namespace ENamnd.Activities.Municipalities;

/// <summary>The cells of one line of a character-separated file: quoted cells may hold the separator, and "" is a quote.</summary>
internal static class CsvCells
{
    /// <summary>The separator a header line uses: a semicolon or a tab when it has one outside quotes, else a comma.</summary>
    public static char SeparatorOf(string header)
    {
        var outside = OutsideQuotes(header).ToList();
        return outside.Contains(';') ? ';' : outside.Contains('\t') ? '\t' : ',';
    }

    /// <summary>The cells of <paramref name="line"/>, unquoted and trimmed.</summary>
    public static IReadOnlyList<string> Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }

    private static IEnumerable<char> OutsideQuotes(string line)
    {
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted) yield return c;
        }
    }
}
