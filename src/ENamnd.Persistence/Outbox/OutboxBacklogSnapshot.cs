namespace ENamnd.Persistence.Outbox;

/// <summary>The outbox at one moment: messages still to send, when the oldest of them was written, and messages given up.</summary>
public sealed record OutboxBacklogSnapshot(int Pending, DateTimeOffset? OldestPendingAt, int Failed);
