namespace ENamnd.TestSupport.Tests;

public sealed class TestSeedTests
{
    [Fact]
    public void Should_ReplayTheSameChoices_When_TheSeedIsGivenAgain()
    {
        var seed = WithVariable("1234", TestSeed.FromEnvironment);
        var again = WithVariable("1234", TestSeed.FromEnvironment);

        Assert.Equal(1234, seed.Value);
        Assert.Equal(Draw(seed.NewRandom()), Draw(again.NewRandom()));
        Assert.Equal(Draw(seed.NewRandom(stream: 1)), Draw(again.NewRandom(stream: 1)));
        Assert.NotEqual(Draw(seed.NewRandom()), Draw(seed.NewRandom(stream: 1)));
    }

    [Fact]
    public async Task Should_NameTheSeedInTheFailure_When_TheTestFails()
    {
        var seed = WithVariable("42", TestSeed.FromEnvironment);

        var failure = await Assert.ThrowsAsync<TestSeed.SeededTestFailure>(() => seed.RunAsync(() => throw new InvalidOperationException("4 e-postmeddelanden saknas.")));

        Assert.Equal("4 e-postmeddelanden saknas.\nRandom choices from seed 42 (ENAMND_TEST_SEED=42 replays them).", failure.Message);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
    }

    [Fact]
    public void Should_RefuseTheVariable_When_ItIsNotAWholeNumber()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WithVariable("abc", TestSeed.FromEnvironment));

        Assert.Contains("ENAMND_TEST_SEED", error.Message, StringComparison.Ordinal);
    }

    private static int[] Draw(Random random) => [.. Enumerable.Range(0, 8).Select(_ => random.Next())];

    // The only tests of this assembly that read the variable; they restore it before they end.
    private static T WithVariable<T>(string value, Func<T> read)
    {
        var before = Environment.GetEnvironmentVariable(TestSeed.Variable);
        Environment.SetEnvironmentVariable(TestSeed.Variable, value);
        try
        {
            return read();
        }
        finally
        {
            Environment.SetEnvironmentVariable(TestSeed.Variable, before);
        }
    }
}
