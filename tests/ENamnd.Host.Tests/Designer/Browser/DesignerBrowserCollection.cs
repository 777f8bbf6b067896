namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>
/// The browser tests share one host and one Chromium, and run apart from the other test collections: starting the
/// WebAssembly designer keeps both cores busy, and parallel load would only make its start-up slower and flakier.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DesignerBrowserCollection : ICollectionFixture<DesignerBrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Designer in a browser";
}
