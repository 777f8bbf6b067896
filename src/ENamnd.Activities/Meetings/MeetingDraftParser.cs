using ENamnd.Engine.Expressions;
namespace ENamnd.Activities.Meetings;

/// <summary>Checks a <see cref="MeetingRequest"/>; every problem is named in Swedish.</summary>
public static class MeetingDraftParser
{
    /// <summary>The longest place or link accepted.</summary>
    public const int MaxLength = 500;

    /// <summary>The draft, or the errors.</summary>
    public static (MeetingDraft? Draft, IReadOnlyList<string> Errors) Parse(MeetingRequest request)
    {
        var errors = new List<string>();
        var body = MeetingBodies.Parse(request.Body);
        if (body is null) errors.Add("body måste vara \"Nämnd\" eller \"Beredningsgrupp\".");
        if (!MeetingTimes.TryParseDate(request.Date, out var date)) errors.Add("date måste vara ett datum (ÅÅÅÅ-MM-DD).");
        else if (!PlausibleDates.Contains(date)) errors.Add($"date måste ligga inom {PlausibleDates.Range}.");
        if (!MeetingTimes.TryParseTime(request.Start, out var start)) errors.Add("start måste vara en tid (TT:MM).");
        if (!MeetingTimes.TryParseTime(request.End, out var end)) errors.Add("end måste vara en tid (TT:MM).");
        var location = request.Location?.Trim() ?? "";
        if (location.Length == 0) errors.Add("location (plats, till exempel \"Teams\") måste anges.");
        if (location.Length > MaxLength) errors.Add($"location får vara högst {MaxLength} tecken.");
        var link = string.IsNullOrWhiteSpace(request.OnlineLink) ? null : request.OnlineLink.Trim();
        if (link is not null && (link.Length > MaxLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps))
            errors.Add("onlineLink måste vara en https-adress.");
        if (errors.Count == 0)
        {
            if (end <= start) errors.Add("end måste vara senare än start.");
            if (StockholmTime.ToInstant(date, start) is null || StockholmTime.ToInstant(date, end) is null)
                errors.Add("Tiden finns inte i svensk tid den dagen (sommartiden börjar).");
        }
        return errors.Count > 0 ? (null, errors) : (new MeetingDraft(body!.Value, date, start, end, location, link), errors);
    }
}
