namespace ENamnd.Engine.Activities;

/// <summary>The payload of a timer bookmark: when it is due.</summary>
public sealed record TimerPayload(DateTimeOffset ResumeAt);
