namespace ENamnd.Activities;

/// <summary>
/// The toolbox groups of the e-nämnd activities. Elsa Studio labels a group by the text before the first
/// <c>/</c> of its category, so each category is one segment: two categories with a shared first segment
/// would show as two groups with the same label.
/// </summary>
public static class ActivityCategories
{
    /// <summary>Approvals and decisions: the steering group's, the municipalities', the committee's, and guarantee commitments.</summary>
    public const string Decisions = "E-nämnd beslut";

    /// <summary>Work a participant does and marks done.</summary>
    public const string Tasks = "E-nämnd uppgifter";

    /// <summary>Emails.</summary>
    public const string Communication = "E-nämnd kommunikation";

    /// <summary>Contracts (avtal): registering one, the proposal at its end and recording the committee's decision.</summary>
    public const string Contracts = "E-nämnd avtal";

    /// <summary>Follow-up (uppföljning) of the annual plan's goals.</summary>
    public const string FollowUp = "E-nämnd uppföljning";
}
