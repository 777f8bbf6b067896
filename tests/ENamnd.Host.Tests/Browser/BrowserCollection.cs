namespace ENamnd.Host.Tests.Browser;

/// <summary>
/// The browser tests (the coordinator's application and the designer) share one host and one Chromium, and run apart
/// from the other test collections: starting the WebAssembly designer keeps both cores busy, and parallel load would
/// only make its start-up slower and flakier.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "In a browser";
}
