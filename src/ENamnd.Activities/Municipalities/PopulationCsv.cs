using System.Globalization;
using System.Text.RegularExpressions;

namespace ENamnd.Activities.Municipalities;

/// <summary>
/// Reads SCB's population export (folkmängd den 31 december) for one year: a header line, then a line per municipality
/// with the region ("2580 Luleå", "2580" or "Luleå") and the population, which may have spaces between the thousands.
/// Cells are separated by semicolons, tabs or commas (the header decides) and may be quoted; the file is UTF-8, with or
/// without a byte order mark, or Latin-1. Blank lines, and lines before the header with a single cell (SCB's title), are
/// skipped. The population column is the one whose heading names the year, or the other one when there are two.
/// </summary>
public static partial class PopulationCsv
{
    /// <summary>At most this many problems are listed; the rest are counted.</summary>
    public const int MaxErrors = 10;

    /// <summary>
    /// The population at 31 December of <paramref name="year"/> by municipality code, one figure for each municipality of
    /// <paramref name="registry"/>; or, when the file is not that, no figures and the problems in Swedish, each naming its line.
    /// </summary>
    public static (IReadOnlyDictionary<string, int>? ByCode, IReadOnlyList<string> Errors) Read(byte[] content, int year, MunicipalityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(registry);
        var lines = TextFileDecoding.Decode(content).Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var headerIndex = lines.FindIndex(line => CsvCells.Split(line, CsvCells.SeparatorOf(line)).Count >= 2);
        if (headerIndex < 0)
        {
            return Refused(lines.All(string.IsNullOrWhiteSpace)
                ? "Filen är tom."
                : "Filen har ingen rubrikrad med minst två kolumner (region och folkmängd), åtskilda med semikolon, tabb eller komma.");
        }

        var separator = CsvCells.SeparatorOf(lines[headerIndex]);
        var header = CsvCells.Split(lines[headerIndex], separator);
        var (region, population, headerError) = Columns(header, year, headerIndex + 1);
        if (headerError is not null) return Refused(headerError);
        if (RegionWithCode().IsMatch(header[region]))
            return Refused($"Rad {headerIndex + 1}: filen ska börja med en rubrikrad, till exempel 'region;{year}', före kommunernas rader.");

        var errors = new List<string>();
        var found = new Dictionary<string, (int Population, int Line)>(StringComparer.Ordinal);
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var line = i + 1;
            var cells = CsvCells.Split(lines[i], separator);
            if (cells.Count <= Math.Max(region, population))
            {
                errors.Add($"Rad {line}: raden har {cells.Count} {(cells.Count == 1 ? "kolumn" : "kolumner")}, rubrikraden {header.Count}.");
                continue;
            }

            if (MunicipalityOf(cells[region], line, registry, errors) is not { } municipality) continue;
            if (!TryPopulation(cells[population], out var figure))
                errors.Add($"Rad {line}: folkmängden '{cells[population]}' för {municipality.Name} är inte ett positivt heltal.");
            else if (found.TryGetValue(municipality.Code, out var first))
                errors.Add($"Rad {line}: {municipality.Name} finns redan på rad {first.Line}.");
            else
                found[municipality.Code] = (figure, line);
        }

        var missing = registry.All.Where(m => !found.ContainsKey(m.Code)).Select(m => m.Name).ToList();
        if (found.Count == 0 && errors.Count == 0) errors.Add("Filen har inga rader med folkmängd efter rubrikraden.");
        else if (missing.Count > 0) errors.Add($"Folkmängd saknas för {string.Join(", ", missing)}; filen ska ha en rad för var och en av de {registry.All.Count} kommunerna.");
        return errors.Count > 0
            ? (null, Limited(errors))
            : (found.ToDictionary(entry => entry.Key, entry => entry.Value.Population, StringComparer.Ordinal), []);
    }

    // The region column is the one headed region or kommun (else the first); the population column the one naming the year.
    private static (int Region, int Population, string? Error) Columns(IReadOnlyList<string> header, int year, int line)
    {
        var region = header.Select((heading, i) => (heading, i))
            .FirstOrDefault(h => h.heading.Contains("region", StringComparison.OrdinalIgnoreCase) || h.heading.Contains("kommun", StringComparison.OrdinalIgnoreCase)).i;
        var years = header.Select((heading, i) => (Years: YearInHeading().Matches(heading).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList(), Index: i))
            .Where(column => column.Index != region && column.Years.Count > 0)
            .ToList();
        var forYear = years.Where(column => column.Years.Contains(year)).Select(column => column.Index).ToList();
        if (forYear.Count == 1) return (region, forYear[0], null);
        if (forYear.Count > 1) return (region, -1, $"Rubrikraden (rad {line}) har {forYear.Count} kolumner för {year}; filen ska ha en kolumn med folkmängd.");
        if (years.Count > 0)
        {
            var others = string.Join(", ", years.SelectMany(column => column.Years).Distinct().Order());
            return (region, -1, $"Rubrikraden (rad {line}) har folkmängd för {others}, inte för {year}.");
        }

        return header.Count == 2
            ? (region, 1 - region, null)
            : (region, -1, $"Rubrikraden (rad {line}) visar inte vilken kolumn som har folkmängden: ge den rubriken {year}.");
    }

    private static Municipality? MunicipalityOf(string cell, int line, MunicipalityRegistry registry, List<string> errors)
    {
        var text = cell.Normalize();
        if (RegionWithCode().Match(text) is not { Success: true } match)
        {
            var byName = text.Length == 0 ? null : registry.Find(text);
            if (byName is null) errors.Add($"Rad {line}: okänd kommun '{text}'; ange kommunkod och namn, till exempel '2580 Luleå'.");
            return byName;
        }

        var code = match.Groups["code"].Value;
        var name = match.Groups["name"];
        if (registry.Find(code) is not { } municipality)
        {
            errors.Add($"Rad {line}: '{text}' är ingen av medlemskommunerna (okänd kommunkod {code}).");
            return null;
        }

        if (name.Success && !string.Equals(name.Value, municipality.Name, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(name.Value, municipality.OfficialName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Rad {line}: kommunkoden {code} hör till {municipality.Name}, inte {name.Value}.");
            return null;
        }

        return municipality;
    }

    // Spaces of any kind (SCB writes 80 321, some programs a no-break space) separate thousands.
    private static bool TryPopulation(string cell, out int population)
    {
        var digits = string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out population) && population > 0;
    }

    private static List<string> Limited(List<string> errors) =>
        errors.Count <= MaxErrors ? errors : [.. errors.Take(MaxErrors), $"… och {errors.Count - MaxErrors} fel till."];

    private static (IReadOnlyDictionary<string, int>? ByCode, IReadOnlyList<string> Errors) Refused(string error) => (null, [error]);

    [GeneratedRegex(@"^(?<code>\d{4})(?:\s+(?<name>\S.*))?$")]
    private static partial Regex RegionWithCode();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial Regex YearInHeading();
}
