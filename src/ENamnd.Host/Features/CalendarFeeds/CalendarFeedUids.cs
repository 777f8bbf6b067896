using ENamnd.Host.Features.Meetings;

namespace ENamnd.Host.Features.CalendarFeeds;

/// <summary>The UIDs of a feed's events that are not meetings, built like a meeting's (<see cref="MeetingInvitation.Uid"/>) from the entity's id.</summary>
public static class CalendarFeedUids
{
    /// <summary>A task's deadline.</summary>
    public static string Task(string taskId) => MeetingInvitation.Uid($"uppgift-{taskId}");

    /// <summary>A contract's next decision deadline (the event moves when the deadline does).</summary>
    public static string Contract(string contractId) => MeetingInvitation.Uid($"avtal-{contractId}");

    /// <summary>A tertial follow-up's deadline.</summary>
    public static string FollowUp(string followUpId) => MeetingInvitation.Uid($"uppfoljning-{followUpId}");
}
