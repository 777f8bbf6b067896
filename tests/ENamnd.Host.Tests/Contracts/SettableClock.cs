namespace ENamnd.Host.Tests.Contracts;

/// <summary>The host's clock in the contract tests: it stands still until a test sets it.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);
}
