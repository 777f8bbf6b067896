namespace ENamnd.Host.Tests.Features.Meetings;

/// <summary>The meeting calendar contract on the embedded SQLite database.</summary>
public sealed class SqliteMeetingCalendarTests : MeetingCalendarContract
{
    protected override Task<MeetingHarness> StartHarnessAsync(DateTimeOffset now) => MeetingHarness.SqliteAsync(now);
}
