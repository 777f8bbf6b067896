namespace ENamnd.Activities.Email;

/// <summary>An iCalendar invitation that travels with an email (a <c>text/calendar</c> part).</summary>
/// <param name="Method">The iTIP method, e.g. <c>REQUEST</c> or <c>CANCEL</c>; it must match the METHOD inside <paramref name="Content"/>.</param>
/// <param name="Content">The whole VCALENDAR text.</param>
public sealed record EmailCalendar(string Method, string Content);
