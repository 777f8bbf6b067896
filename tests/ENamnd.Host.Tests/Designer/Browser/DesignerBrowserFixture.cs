using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>
/// The real host (ENamnd.Host.dll as a child process on a free port, SQLite in its own working directory) and one
/// headless Chromium, shared by the browser tests. A browser cannot reach the in-memory test server, hence the process.
/// </summary>
public sealed class DesignerBrowserFixture : IAsyncLifetime
{
    /// <summary>The coordinator key the host accepts.</summary>
    public const string ApiKey = "designer-browser-key-0123456789";

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The host.</summary>
    public HostProcess Host { get; } = Create();

    /// <summary>A client for the host's APIs that sends the coordinator key.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        Api = Host.CreateClient();
        (playwright, browser) = await Chromium.LaunchAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        Api?.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Publishes a definition through the coordinator API (<c>POST /api/definitions</c>); returns its version.</summary>
    public async Task<int> PublishAsync(JsonObject definition)
    {
        using var response = await Api.PostAsJsonAsync("/api/definitions", definition);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/definitions answered {(int)response.StatusCode}: {body}");
        return (int)JsonNode.Parse(body)!["version"]!;
    }

    /// <summary>Starts an instance of the published version through the coordinator API (<c>POST /api/instances</c>); returns its view.</summary>
    public async Task<JsonObject> StartAsync(string definitionId)
    {
        using var response = await Api.PostAsJsonAsync("/api/instances", new { definitionId });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/instances answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>A new browser context (no cookies) with one page whose traffic and console are recorded.</summary>
    public Task<DesignerSession> OpenSessionAsync(ITestOutputHelper output) => DesignerSession.OpenAsync(this, output);

    /// <summary>The tail of the host's output, for failure messages.</summary>
    public string HostOutputTail(int lines = 80) => TextTail.Of(Host.Output, lines);

    private static HostProcess Create()
    {
        var options = new HostProcessOptions { ApiKey = ApiKey };
        // Relative to the host's working directory, so it goes with it.
        options.Environment["Storage__DataDirectory"] = "data";
        options.Environment["ConnectionStrings__Postgres"] = "";
        options.Environment["Auth__CoordinatorApiKey"] = ApiKey;
        return new HostProcess(options);
    }
}
