using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Approvals;

/// <summary>The outcomes of an approval (godkännande) and the answers an approver can give.</summary>
public static class ApprovalOutcomes
{
    /// <summary>Approved (godkänt).</summary>
    public const string Approved = "Approved";

    /// <summary>Rejected (avslaget).</summary>
    public const string Rejected = "Rejected";

    /// <summary>Sent back for revision (återremitterat).</summary>
    public const string Returned = "Returned";

    /// <summary>Nobody answered in time, not even a substitute.</summary>
    public const string TimedOut = "TimedOut";

    /// <summary>The task kind of approval tasks.</summary>
    public const string TaskKind = "approval";

    /// <summary>The answers an approver can give, with their Swedish button labels.</summary>
    public static IReadOnlyList<TaskChoice> Choices { get; } =
    [
        new(Approved, "Godkänn"),
        new(Rejected, "Avslå"),
        new(Returned, "Återremittera"),
    ];
}
