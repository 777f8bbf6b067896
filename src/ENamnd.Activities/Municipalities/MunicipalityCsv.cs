using System.Globalization;
using System.Text.RegularExpressions;

namespace ENamnd.Activities.Municipalities;

/// <summary>Reads the municipality reference CSV: <c>code,name,official_name,population_YYYY_12_31,…</c>, one municipality a row.</summary>
internal static partial class MunicipalityCsv
{
    /// <summary>The manifest name of the embedded copy (see the project file).</summary>
    public const string ResourceName = "ENamnd.Activities.Data.municipalities.csv";

    // code, name, official_name; the population columns follow.
    private const int FixedColumns = 3;

    /// <summary>Reads the CSV embedded in this assembly.</summary>
    public static IReadOnlyList<Municipality> ReadEmbedded()
    {
        using var stream = typeof(MunicipalityCsv).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    /// <summary>Parses the CSV; the population years come from the header, so a new year is a new column, not new code.</summary>
    public static IReadOnlyList<Municipality> Read(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException("Municipality CSV is empty.");
        var years = ParseHeader(header.Split(','));
        var municipalities = new List<Municipality>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                municipalities.Add(ParseRow(line.Split(','), years, lineNumber));
            }
        }

        return municipalities;
    }

    private static int[] ParseHeader(string[] columns)
    {
        if (columns.Length < FixedColumns + 1 || columns[0].Trim() != "code" || columns[1].Trim() != "name" || columns[2].Trim() != "official_name")
        {
            throw new InvalidDataException("Municipality CSV header must be 'code,name,official_name,population_YYYY_12_31,…'.");
        }

        var years = columns.Skip(FixedColumns).Select(column => PopulationColumn().Match(column.Trim()) is { Success: true } match
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : throw new InvalidDataException($"Municipality CSV column '{column}' is not of the form population_YYYY_12_31.")).ToArray();
        if (years.Distinct().Count() != years.Length)
        {
            throw new InvalidDataException("Municipality CSV header lists a population year twice.");
        }

        return years;
    }

    private static Municipality ParseRow(string[] cells, int[] years, int lineNumber)
    {
        if (cells.Length != years.Length + FixedColumns)
        {
            throw new InvalidDataException($"Municipality CSV line {lineNumber} has {cells.Length} cells; the header has {years.Length + FixedColumns}.");
        }

        var code = cells[0].Trim();
        var name = cells[1].Trim();
        var officialName = cells[2].Trim();
        if (!CodeFormat().IsMatch(code) || name.Length == 0 || officialName.Length == 0)
        {
            throw new InvalidDataException($"Municipality CSV line {lineNumber} needs a four-digit code, a name and an official name.");
        }

        var populations = new Dictionary<int, int>();
        for (var i = 0; i < years.Length; i++)
        {
            var cell = cells[i + FixedColumns].Trim();
            if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
            {
                throw new InvalidDataException($"Municipality CSV line {lineNumber}: population '{cell}' for {years[i]} is not a positive whole number.");
            }

            populations[years[i]] = population;
        }

        return new Municipality(code, name.Normalize(), officialName.Normalize(), populations);
    }

    [GeneratedRegex(@"^population_(?<year>\d{4})_12_31$")]
    private static partial Regex PopulationColumn();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex CodeFormat();
}
