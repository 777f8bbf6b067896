using System.Diagnostics;

namespace ENamnd.TestSupport;

/// <summary>Waits for a condition by asking again and again, instead of sleeping a fixed time.</summary>
public static class Poll
{
    /// <summary>
    /// Reads <paramref name="probe"/> every <paramref name="interval"/> (default 250 ms) until
    /// <paramref name="done"/> holds and returns that value; fails after <paramref name="timeout"/>
    /// with <paramref name="describe"/> of the last value.
    /// </summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, Func<T, string> describe, TimeSpan? interval = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value)) return value;
            if (clock.Elapsed > timeout)
                throw new TimeoutException($"Gave up after {timeout.TotalSeconds:0} s: {describe(value)}");
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(250));
        }
    }
}
