using ENamnd.Activities.Meetings;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Reads a <see cref="MeetingRow"/> as a <see cref="Meeting"/>.</summary>
internal static class MeetingRows
{
    public static Meeting ToMeeting(MeetingRow row)
    {
        MeetingTimes.TryParseDate(row.Date, out var date);
        MeetingTimes.TryParseTime(row.StartTime, out var start);
        MeetingTimes.TryParseTime(row.EndTime, out var end);
        return new Meeting
        {
            Id = row.Id,
            Body = Enum.TryParse<MeetingBody>(row.Body, out var body) ? body : MeetingBody.Namnd,
            Date = date,
            Start = start,
            End = end,
            StartsAt = StockholmTime.ToLocal(row.StartsAt),
            EndsAt = StockholmTime.ToLocal(row.EndsAt),
            Location = row.Location,
            OnlineLink = row.OnlineLink,
            Status = Enum.TryParse<MeetingStatus>(row.Status, out var status) ? status : MeetingStatus.Scheduled,
            Sequence = row.Sequence,
            CancelReason = row.CancelReason,
            Justerare = System.Text.Json.JsonSerializer.Deserialize<List<string>>(row.Justerare, ValueConverter.JsonOptions) ?? [],
            JusteradOn = MeetingTimes.TryParseDate(row.JusteradOn, out var justerad) ? justerad : null,
            AnslagPostedOn = MeetingTimes.TryParseDate(row.AnslagPostedOn, out var posted) ? posted : null,
        };
    }
}
