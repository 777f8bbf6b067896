using ENamnd.Persistence.Outbox;

namespace ENamnd.Persistence.Tests.Ledger;

/// <summary>An outbox wake-up for the ledger tests that only counts how often it is asked to wake the dispatcher.</summary>
internal sealed class CountingOutboxWakeUp : IOutboxWakeUp
{
    private int wakes;

    /// <summary>How many times <see cref="Wake"/> was called.</summary>
    public int Wakes => Volatile.Read(ref wakes);

    /// <inheritdoc />
    public void Wake() => Interlocked.Increment(ref wakes);
}
