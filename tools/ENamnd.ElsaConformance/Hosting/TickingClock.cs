namespace ENamnd.ElsaConformance.Hosting;

/// <summary>
/// A clock that moves one millisecond forward on every reading, from a fixed start: journal records of all instances
/// of a run get distinct times in the order they were written, so lines of a parent and its children interleave as
/// they happened (Elsa's tests read one console). Timers never come due by themselves; the harness resumes them.
/// </summary>
public sealed class TickingClock(DateTimeOffset start) : TimeProvider
{
    private long ticks;

    /// <summary>The instant the clock starts at.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => start.AddMilliseconds(Interlocked.Increment(ref ticks));
}
