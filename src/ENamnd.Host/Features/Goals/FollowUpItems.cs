using System.Globalization;
using ENamnd.Activities.Goals;

using ENamnd.Activities;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// Turns a plan into the items of a tertial's follow-up: one per indicator (a goal without indicators is one
/// item itself), pre-filling the values the system can compute from meeting data since the start of the year.
/// </summary>
public sealed class FollowUpItems(IMeetingStatistics meetings)
{
    /// <summary>The items, in plan order.</summary>
    public async Task<List<FollowUpItem>> ForAsync(Plan plan, Tertial tertial, CancellationToken cancellationToken)
    {
        var needsFigures = plan.Goals.SelectMany(g => g.Indicators).Any(i => i.Source != IndicatorSource.Manual);
        var yearStart = new DateOnly(tertial.Year, 1, 1);
        var sinceJanuary = needsFigures ? await meetings.FiguresAsync(yearStart, tertial.End, cancellationToken) : null;
        var inTertial = needsFigures ? await meetings.FiguresAsync(tertial.Start, tertial.End, cancellationToken) : null;
        var items = new List<FollowUpItem>();
        foreach (var goal in plan.Goals)
        {
            if (goal.Indicators.Count == 0)
            {
                items.Add(new FollowUpItem { Key = goal.Id, Title = goal.Title, Goal = goal.Title, Owner = goal.Owner });
                continue;
            }
            foreach (var indicator in goal.Indicators)
            {
                var (value, note) = Prefill(indicator.Source, sinceJanuary, inTertial, yearStart, tertial);
                items.Add(new FollowUpItem
                {
                    Key = $"{goal.Id}/{indicator.Id}",
                    Title = goal.Indicators.Count == 1 ? goal.Title : indicator.Name,
                    Goal = goal.Title,
                    Indicator = indicator.Name,
                    Owner = goal.Owner,
                    Target = indicator.Target,
                    Unit = indicator.Unit,
                    Value = value,
                    ValueNote = note,
                });
            }
        }
        return items;
    }

    private static (string? Value, string? Note) Prefill(IndicatorSource source, MeetingFigures? year, MeetingFigures? tertial, DateOnly from, Tertial period)
    {
        if (year is null || tertial is null) return (null, null);
        var span = $"{SwedishDates.Day(from)}–{SwedishDates.Day(period.End)}";
        return source switch
        {
            IndicatorSource.CommitteeMeetingsHeld =>
                (Count(year.CommitteeMeetingsHeld), $"nämndens sammanträden {span} enligt mötesdata, varav {tertial.CommitteeMeetingsHeld} under tertialen"),
            IndicatorSource.PreparationGroupMeetingsHeld =>
                (Count(year.PreparationGroupMeetingsHeld), $"beredningsgruppens möten {span} enligt mötesdata, varav {tertial.PreparationGroupMeetingsHeld} under tertialen"),
            IndicatorSource.Attendance when year.CommitteeAttendancePercent is { } percent =>
                (Percent(percent), $"närvaro vid nämndens sammanträden {span} enligt mötesdata" +
                    (tertial.CommitteeAttendancePercent is { } t ? $", {Percent(t)} % under tertialen" : "")),
            _ => (null, null),
        };
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Percent(decimal percent) => Math.Round(percent, 0, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);

}
