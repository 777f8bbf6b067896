namespace ENamnd.Host.Features.Goals;

/// <summary>Goal follow-up settings (<c>Goals</c> section).</summary>
public sealed class GoalsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Goals";

    /// <summary>Days from the start of a tertial follow-up to its deadline (default 21).</summary>
    public int FollowUpDeadlineDays { get; set; } = 21;

    /// <summary>Days between reminders of an unanswered follow-up (default 7; 0 means none).</summary>
    public int ReminderIntervalDays { get; set; } = 7;

    /// <summary>Who receives the compiled report (default the coordinator role).</summary>
    public string ReportRecipients { get; set; } = "roll:samordnare";

    /// <summary>Whether the example plan is seeded; by default only on the embedded SQLite database.</summary>
    public bool? SeedExamplePlan { get; set; }
}
