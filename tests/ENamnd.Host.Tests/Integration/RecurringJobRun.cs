namespace ENamnd.Host.Tests.Integration;

/// <summary>
/// One Hangfire job created by a recurring job: its id, current state, trigger time (Unix seconds,
/// Hangfire's <c>Time</c> parameter) and how often it entered the Processing and Succeeded states.
/// </summary>
internal sealed record RecurringJobRun(long Id, string? State, long TriggeredAt, long Processing, long Succeeded);
