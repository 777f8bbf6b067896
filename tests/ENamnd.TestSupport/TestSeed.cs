using System.Globalization;

namespace ENamnd.TestSupport;

/// <summary>
/// The seed of a randomised test. It is new for every run unless <see cref="Variable"/> names one, and a failure of the
/// test names it (<see cref="RunAsync"/>), so the same random choices can be replayed.
/// </summary>
public sealed class TestSeed
{
    /// <summary>The environment variable that fixes the seed, e.g. <c>ENAMND_TEST_SEED=1234 bash scripts/test</c>.</summary>
    public const string Variable = "ENAMND_TEST_SEED";

    private TestSeed(int value) => Value = value;

    /// <summary>The seed.</summary>
    public int Value { get; }

    /// <summary>The seed of <see cref="Variable"/> when it is set, else a new one.</summary>
    public static TestSeed FromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text)) return new TestSeed(Random.Shared.Next());
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? new TestSeed(value)
            : throw new InvalidOperationException($"{Variable} must be a whole number, not '{text}'.");
    }

    /// <summary>A random source for one thread of the test; each <paramref name="stream"/> gives its own sequence.</summary>
    public Random NewRandom(int stream = 0) => new(unchecked(Value + stream * 7919));

    /// <summary>Runs <paramref name="test"/>; a failure is rethrown with the seed in its message.</summary>
    public async Task RunAsync(Func<Task> test)
    {
        try
        {
            await test();
        }
        catch (Exception e)
        {
            throw new SeededTestFailure($"{e.Message}\nRandom choices from {this}.", e);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"seed {Value} ({Variable}={Value} replays them)";

    /// <summary>A test failure with the seed of its random choices.</summary>
    public sealed class SeededTestFailure(string message, Exception inner) : Exception(message, inner);
}
