using System.Diagnostics;

namespace ENamnd.Host.Features.Contracts;

/// <summary>Where one run of contract monitoring spent its time, phase by phase, for its Debug log line.</summary>
internal sealed class ContractScanTimings
{
    private long mark = Stopwatch.GetTimestamp();

    /// <summary>Reading pages of contracts and deciding what is due.</summary>
    public TimeSpan Reading { get; private set; }

    /// <summary>Looking up the recorded ledger keys and the started decisions.</summary>
    public TimeSpan LookingUp { get; private set; }

    /// <summary>Writing the emails.</summary>
    public TimeSpan Composing { get; private set; }

    /// <summary>Queuing the emails and decisions (the batches' transactions).</summary>
    public TimeSpan Writing { get; private set; }

    /// <summary>How many contracts were read.</summary>
    public int Read { get; set; }

    /// <summary>How many of them owed something today.</summary>
    public int Due { get; set; }

    /// <summary>Ends a time of reading.</summary>
    public void EndReading() => Reading += Lap();

    /// <summary>Ends a time of looking up.</summary>
    public void EndLookingUp() => LookingUp += Lap();

    /// <summary>Ends a time of composing.</summary>
    public void EndComposing() => Composing += Lap();

    /// <summary>Ends a time of writing.</summary>
    public void EndWriting() => Writing += Lap();

    private TimeSpan Lap()
    {
        var now = Stopwatch.GetTimestamp();
        var lap = Stopwatch.GetElapsedTime(mark, now);
        mark = now;
        return lap;
    }
}
