namespace ENamnd.Activities.Meetings;

/// <summary>How the court's outcome of an appeal reads in Swedish, after "Överklagandet …".</summary>
public static class AppealTexts
{
    /// <summary>"avslogs", "bifölls", "avvisades" or "återkallades".</summary>
    public static string Of(AppealOutcome outcome) => outcome switch
    {
        AppealOutcome.Avslaget => "avslogs",
        AppealOutcome.Bifallet => "bifölls",
        AppealOutcome.Avvisat => "avvisades",
        AppealOutcome.Aterkallat => "återkallades",
        _ => outcome.ToString(),
    };
}
