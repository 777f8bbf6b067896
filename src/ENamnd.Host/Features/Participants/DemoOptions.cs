using ENamnd.Persistence;

namespace ENamnd.Host.Features.Participants;

/// <summary>
/// Settings under <c>Demo</c>. <c>Demo:SeedParticipants</c>: fill an empty participant directory with invented
/// people at start-up. Unset, it is on for the embedded SQLite default and off for PostgreSQL (production), so a
/// real installation never gets demo addresses unless someone asks for them with <c>true</c>.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Demo";

    /// <summary>True or false to decide; null (unset) to seed only on the embedded SQLite database.</summary>
    public bool? SeedParticipants { get; set; }

    /// <summary>The same rule for the committee's meetings of the current year (<c>Demo:SeedMeetings</c>).</summary>
    public bool? SeedMeetings { get; set; }

    /// <summary>The same rule for the three demo cases driven to different phases at the first start (<c>Demo:SeedCases</c>).</summary>
    public bool? SeedCases { get; set; }

    /// <summary>
    /// The rule of every seed setting: <paramref name="setting"/> decides when given; unset, example data go only into
    /// the embedded SQLite database, never into PostgreSQL (production).
    /// </summary>
    public static bool Seeds(bool? setting, DatabaseProvider provider) => setting ?? provider == DatabaseProvider.Sqlite;
}
