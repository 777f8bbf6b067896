namespace ENamnd.Persistence.Ledger;

/// <summary>An outbox message queued once under its own stable id: queueing the same id again does nothing.</summary>
/// <param name="Id">The stable message id, the outbox's primary key.</param>
/// <param name="Kind">Which outbox handler delivers it.</param>
/// <param name="Payload">What the handler reads.</param>
/// <param name="Subject">What the outbox lists it under (an instance or, e.g., <c>contract:{id}</c>).</param>
public sealed record OnceMessage(string Id, string Kind, string Payload, string Subject);
