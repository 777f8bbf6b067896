namespace ENamnd.Host.Features.Tasks;

/// <summary>How a participant's decision arrived (<c>decisions.channel</c>).</summary>
public static class TaskChannels
{
    /// <summary>The page reached from the email link.</summary>
    public const string EmailLink = "email-link";

    /// <summary><c>POST /api/tasks/{id}/complete</c>.</summary>
    public const string Api = "api";

    /// <summary><c>POST /api/meetings/{id}/decisions</c>: the secretary's decisions entered for a meeting.</summary>
    public const string Meeting = "meeting";

    /// <summary>The coordinator's application: a task answered from a case page.</summary>
    public const string App = "app";

    /// <summary>The demo cases seeded at the first start of the embedded default: answers given for the demo participants.</summary>
    public const string Demo = "demo";
}
