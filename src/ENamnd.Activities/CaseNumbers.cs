namespace ENamnd.Activities;

/// <summary>
/// Case numbers (ärendenummer, e.g. "2026/14-2.2.0.1") as emails and pages show them. A workflow's correlation id is
/// its case number, or an internal key with a colon (a contract's "avtal:…") that is shown to nobody.
/// </summary>
public static class CaseNumbers
{
    /// <summary>The case number to show, or null for none or an internal key.</summary>
    public static string? Shown(string? caseNumber) =>
        string.IsNullOrWhiteSpace(caseNumber) || caseNumber.Contains(':', StringComparison.Ordinal) ? null : caseNumber.Trim();

    /// <summary>" (ärende 2026/14-2.2.0.1)" after a matter's title; empty for none or an internal key.</summary>
    public static string Suffix(string? caseNumber) => Shown(caseNumber) is { } shown ? $" (ärende {shown})" : "";
}
