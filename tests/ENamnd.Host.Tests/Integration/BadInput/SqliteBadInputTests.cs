using ENamnd.TestSupport;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>Generated bad bodies against every endpoint on the embedded SQLite default.</summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public sealed class SqliteBadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly BadInputHost host = new();

    [Fact]
    public Task Should_NeverFailOrChangeAnything_When_BodiesAreBad() => BadInputSuite.RunAsync(host, casesPerEndpoint: 40, output);

    public void Dispose() => host.Dispose();
}
