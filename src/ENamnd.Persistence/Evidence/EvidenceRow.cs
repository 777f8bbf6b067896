namespace ENamnd.Persistence.Evidence;

/// <summary>A row of an evidence table as the chain sees it: its table and key, when it was written and the hash of its content.</summary>
public sealed record EvidenceRow(string Table, long Key, DateTimeOffset WrittenAt, string ContentHash);
