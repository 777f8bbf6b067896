namespace ENamnd.Engine.Activities;

/// <summary>The payload of a cron bookmark: when it is due and the expression it was computed from.</summary>
public sealed record CronPayload(DateTimeOffset ResumeAt, string CronExpression);
