namespace ENamnd.Host.Features.Cases;

/// <summary>A case status in Swedish, as lists, filters and the API show it.</summary>
public static class CaseStatusTexts
{
    /// <summary>E.g. "Pågår".</summary>
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.Running => "Pågår",
        CaseStatus.Completed => "Avslutat",
        CaseStatus.Stopped => "Stoppat",
        CaseStatus.Cancelled => "Avbrutet",
        _ => "Fel – behöver åtgärdas",
    };
}
