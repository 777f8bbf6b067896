using System.Text;

namespace ENamnd.Activities.Goals;

/// <summary>
/// Reads the example plan CSV (<c>id,kind,text_sv,measure,target,data_source</c>): each goal row (kind
/// <c>goal</c>) becomes a goal with one indicator for its measure; the indicator rows become the indicators
/// of one further goal, "Verksamhetens indikatorer". Every goal is followed up by the coordinator.
/// </summary>
public static class GoalPlanCsv
{
    /// <summary>The manifest name of the embedded 2022 plan.</summary>
    public const string ResourceName = "ENamnd.Activities.Goals.Data.goals-2022.csv";

    /// <summary>Who follows up the seeded goals.</summary>
    public const string Owner = "roll:samordnare";

    /// <summary>Reads the embedded 2022 plan.</summary>
    public static PlanBody ReadEmbedded() => ReadEmbedded(2022);

    /// <summary>Reads the embedded example plan as the plan of <paramref name="year"/> (its goals name no year).</summary>
    public static PlanBody ReadEmbedded(int year)
    {
        using var stream = typeof(GoalPlanCsv).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(reader, year);
    }

    /// <summary>Reads a plan of <paramref name="year"/> from CSV text.</summary>
    public static PlanBody Read(TextReader reader, int year)
    {
        var header = Fields(reader.ReadLine() ?? throw new InvalidDataException("The goal CSV is empty."));
        int Column(string name) => header.IndexOf(name) is var i and >= 0 ? i : throw new InvalidDataException($"The goal CSV has no column '{name}'.");
        int id = Column("id"), kind = Column("kind"), text = Column("text_sv"), measure = Column("measure"), target = Column("target"), source = Column("data_source");
        var goals = new List<GoalBody?>();
        var indicators = new List<IndicatorBody?>();
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var row = Fields(line);
            var indicator = new IndicatorBody(row[id], row[kind] == "goal" ? MeasureName(row[measure]) : row[text],
                System.Text.Json.Nodes.JsonValue.Create(row[target]), Unit(row[measure]), Source(row[source]).ToString());
            if (row[kind] == "goal") goals.Add(new GoalBody(row[id], row[text], Owner, [indicator]));
            else indicators.Add(indicator);
        }
        if (indicators.Count > 0) goals.Add(new GoalBody("I", "Verksamhetens indikatorer", Owner, indicators));
        return new PlanBody(year, $"Verksamhetsplan {year}", goals);
    }

    private static string MeasureName(string measure) => measure switch
    {
        "count" => "Antal",
        "boolean" => "Genomfört",
        "percent" => "Andel",
        "municipalities" => "Antal kommuner",
        _ => "Utfall",
    };

    private static string? Unit(string measure) => measure switch
    {
        "count" => "antal",
        "boolean" => "ja/nej",
        "percent" => "%",
        "municipalities" => "kommuner av 14",
        _ => null,
    };

    // Preparation-group attendance asks whether the municipalities attended every meeting, which the
    // meeting data does not answer as such; it stays reported, like the rest.
    private static IndicatorSource Source(string source) => source switch
    {
        "committee_meetings_held" => IndicatorSource.CommitteeMeetingsHeld,
        "preparation_meetings_held" => IndicatorSource.PreparationGroupMeetingsHeld,
        "committee_attendance" => IndicatorSource.Attendance,
        _ => IndicatorSource.Manual,
    };

    // One CSV line: commas separate fields; a quoted field may hold commas and doubled quotes.
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
