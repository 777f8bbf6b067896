namespace ENamnd.Host.Features.Runtime;

/// <summary>The answer to a trigger: the recurring job and the background job that now runs it.</summary>
public sealed record JobTriggered(string JobId, string? BackgroundJobId, DateTimeOffset TriggeredAt);
