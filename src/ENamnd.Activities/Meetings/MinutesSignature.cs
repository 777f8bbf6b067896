namespace ENamnd.Activities.Meetings;

/// <summary>One signature of the minutes: who (by name), through which channel, when, and any remark to the secretary.</summary>
public sealed record MinutesSignature(string SignedBy, string Channel, DateTimeOffset SignedAt, string? Remark);
