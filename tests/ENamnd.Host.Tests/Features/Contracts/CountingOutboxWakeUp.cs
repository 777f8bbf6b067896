using ENamnd.Persistence.Outbox;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>The host's outbox wake-up, counting how many times it was asked for a dispatch.</summary>
public sealed class CountingOutboxWakeUp(IOutboxWakeUp inner) : IOutboxWakeUp
{
    private int wakes;

    /// <summary>How many times <see cref="Wake"/> was called.</summary>
    public int Wakes => Volatile.Read(ref wakes);

    /// <inheritdoc />
    public void Wake()
    {
        Interlocked.Increment(ref wakes);
        inner.Wake();
    }
}
