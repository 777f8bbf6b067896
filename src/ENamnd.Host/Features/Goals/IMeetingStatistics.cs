using ENamnd.Activities.Goals;
namespace ENamnd.Host.Features.Goals;

/// <summary>What the goal follow-up needs from the meeting calendar: meetings held, attendance, and the next committee meeting.</summary>
public interface IMeetingStatistics
{
    /// <summary>Meetings held in [<paramref name="from"/>, <paramref name="to"/>] (local dates) and committee attendance.</summary>
    Task<MeetingFigures> FiguresAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The next committee (nämnd) meeting starting after <paramref name="after"/>, or null when none is planned.</summary>
    Task<PlannedMeeting?> NextCommitteeMeetingAsync(DateTimeOffset after, CancellationToken cancellationToken);
}
