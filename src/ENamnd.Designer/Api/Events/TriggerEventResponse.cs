namespace ENamnd.Designer.Api.Events;

/// <summary>How many waiting instances an event resumed (Elsa answers with no body; its client reads none).</summary>
public sealed record TriggerEventResponse(int Resumed);
