namespace ENamnd.Persistence.Rows;

/// <summary>An append-only record of a participant's decision: who, what, when (UTC and Stockholm), which case and definition version, and how it arrived.</summary>
public sealed class DecisionRow
{
    public long Id { get; set; }
    public string TaskId { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string? CaseNumber { get; set; }
    public int DefinitionVersion { get; set; }
    public string Kind { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string? Comment { get; set; }
    public string? Reference { get; set; }

    /// <summary>The recipient's identity (email address).</summary>
    public string DecidedBy { get; set; } = "";

    /// <summary>How the decision arrived: email-link, api.</summary>
    public string Channel { get; set; } = "";

    public DateTimeOffset DecidedAtUtc { get; set; }

    /// <summary>The same moment in Stockholm time, e.g. <c>2022-03-16 13:05:00 +01:00</c>.</summary>
    public string DecidedAtLocal { get; set; } = "";
}
