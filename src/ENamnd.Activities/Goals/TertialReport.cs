namespace ENamnd.Activities.Goals;

/// <summary>
/// The compiled follow-up of a plan after a tertial: delårsrapport 1 (tertial 1), delårsrapport 2 (tertial 2)
/// or the goal part of the verksamhetsberättelse (tertial 3). Items nobody answered are marked "ej inrapporterat".
/// </summary>
public sealed record TertialReport
{
    public required string PlanId { get; init; }
    public required string PlanTitle { get; init; }
    public required int Year { get; init; }
    public required int Tertial { get; init; }

    /// <summary>"Delårsrapport 1", "Delårsrapport 2" or "Verksamhetsberättelse".</summary>
    public required string Matter { get; init; }

    /// <summary>E.g. "tertial 1 2022 (januari–april)".</summary>
    public required string Period { get; init; }

    public required DateTimeOffset CompiledAt { get; init; }
    public required DateTimeOffset DueAt { get; init; }

    public required IReadOnlyList<TertialReportItem> Items { get; init; }

    /// <summary>The matter of a tertial's report on the committee's agenda.</summary>
    public static string MatterOf(int tertial) => tertial switch
    {
        1 => "Delårsrapport 1",
        2 => "Delårsrapport 2",
        _ => "Verksamhetsberättelse",
    };
}
