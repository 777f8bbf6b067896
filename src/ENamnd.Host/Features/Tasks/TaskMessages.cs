using ENamnd.Activities.Tasks;

namespace ENamnd.Host.Features.Tasks;

/// <summary>The Swedish answers a participant gets when a link cannot be used.</summary>
public static class TaskMessages
{
    public const string InvalidLink = "Länken är ogiltig.";
    public const string Expired = "Länken har gått ut.";
    public const string AlreadyDecided = "Ärendet är redan besvarat.";

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
