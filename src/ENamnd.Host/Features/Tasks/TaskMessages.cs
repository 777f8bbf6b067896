using ENamnd.Activities.Tasks;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The Swedish answers a participant gets when a link cannot be used.</summary>
public static class TaskMessages
{
    /// <summary>A link that names no task, or with a wrong token.</summary>
    public const string InvalidLink = "Länken är ogiltig.";

    /// <summary>A link whose task is past its deadline.</summary>
    public const string Expired = "Länken har gått ut.";

    /// <summary>A link whose question has been answered (by this link or another way).</summary>
    public const string AlreadyDecided = "Frågan är redan besvarad.";

    /// <summary>Why a task closed by the workflow can no longer be answered.</summary>
    public static string Closed(HumanTaskStatus status) => status switch
    {
        HumanTaskStatus.Escalated => "Svarstiden har gått ut och frågan har gått vidare till en ersättare.",
        HumanTaskStatus.TimedOut => "Svarstiden har gått ut. Frågan kan inte längre besvaras.",
        _ => "Frågan är redan avgjord eller återkallad och behöver inte längre besvaras.",
    };

    /// <summary>Why an answer was not taken, for a result that is not <see cref="TaskAccess.Decided"/>.</summary>
    public static string Refused(TaskResult result) => result.Access switch
    {
        TaskAccess.Invalid => result.Error!,
        TaskAccess.AlreadyDecided => AlreadyDecided,
        TaskAccess.Expired => Expired,
        TaskAccess.Closed => Closed(result.Task!.Status),
        _ => InvalidLink,
    };
}
