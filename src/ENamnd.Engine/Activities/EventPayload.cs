namespace ENamnd.Engine.Activities;

/// <summary>The payload of an event bookmark: the event's name.</summary>
public sealed record EventPayload(string EventName);
