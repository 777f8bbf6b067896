namespace ENamnd.Host.Features.Tasks;

/// <summary>The paths of the participant pages.</summary>
public static class TaskPaths
{
    /// <summary>The route prefix of the participant pages.</summary>
    public const string Prefix = "/tasks";

    /// <summary>The task's page: GET shows it, POST decides.</summary>
    public static string Page(string taskId) => $"{Prefix}/{Uri.EscapeDataString(taskId)}";

    /// <summary>The receipt shown after a decision.</summary>
    public static string Receipt(string taskId, string token) => $"{Page(taskId)}/kvitto?t={Uri.EscapeDataString(token)}";

    /// <summary>The page where a task's recipient gets their calendar subscription (see the Calendar feature), reached with the task's token.</summary>
    public static string Calendar(string taskId, string token) => $"{Page(taskId)}/kalender?t={Uri.EscapeDataString(token)}";

    /// <summary>The route of <see cref="Calendar"/> under <see cref="Prefix"/>.</summary>
    public const string CalendarRoute = "/{taskId}/kalender";
}
