namespace ENamnd.Workflows.Process;

/// <summary>The definition ids, names and phase decisions of the e-nämnd process.</summary>
public static class ProcessIds
{
    /// <summary>The main process.</summary>
    public const string MainProcess = "Huvudprocess";

    /// <summary>Idea qualification.</summary>
    public const string Qualification = "KvalificeringAvIde";

    /// <summary>Pre-study.</summary>
    public const string PreStudy = "Forstudie";

    /// <summary>Development project.</summary>
    public const string DevelopmentProject = "Utvecklingsprojekt";

    /// <summary>Procurement.</summary>
    public const string Procurement = "Realisering";

    /// <summary>Rollout.</summary>
    public const string Rollout = "Inforande";

    /// <summary>Management.</summary>
    public const string Management = "Forvaltning";

    /// <summary>The subprocesses in the order the main process runs them, with their Swedish names.</summary>
    public static IReadOnlyList<(string Id, string Name)> Phases { get; } =
    [
        (Qualification, "Kvalificering av idé"),
        (PreStudy, "Förstudie"),
        (DevelopmentProject, "Utvecklingsprojekt"),
        (Procurement, "Realisering"),
        (Rollout, "Införande"),
        (Management, "Förvaltning"),
    ];

    /// <summary>A municipality joining a running case (see <see cref="LateJoinWorkflow"/>).</summary>
    public const string LateJoin = LateJoinWorkflow.Id;

    /// <summary>A further development of a managed solution (see <see cref="FurtherDevelopmentWorkflow"/>).</summary>
    public const string FurtherDevelopment = "Vidareutveckling";

    /// <summary>The Swedish name of a phase's definition id, or of the case's other workflows (late joins, further development).</summary>
    public static string NameOf(string definitionId) => definitionId switch
    {
        LateJoin => "Anslutning i efterhand",
        FurtherDevelopment => "Vidareutveckling",
        _ => Phases.FirstOrDefault(p => p.Id == definitionId).Name ?? definitionId,
    };
}
