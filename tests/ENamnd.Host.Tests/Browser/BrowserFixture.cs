using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;
using ENamnd.Host.Tests.Designer.Process;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Browser;

/// <summary>
/// The real host (ENamnd.Host.dll as a child process on a free port, SQLite in its own working directory) and one
/// headless Chromium, shared by the browser tests. A browser cannot reach the in-memory test server, hence the process.
/// The host publishes the code-declared process workflows (the main process and its six subprocesses) at its first start.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The coordinator key the host accepts.</summary>
    public const string ApiKey = "designer-browser-key-0123456789";

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The host.</summary>
    public HostProcess Host { get; } = Create();

    /// <summary>A client for the host's APIs that sends the coordinator key.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>The designer API (under <c>/elsa/api</c>) over <see cref="Api"/>.</summary>
    internal DesignerApi Designer { get; private set; } = null!;

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        Api = Host.CreateClient();
        Designer = new DesignerApi(Api);
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

    /// <summary>Stops the host (SIGTERM) and starts it again on the same database, as an operator's restart does.</summary>
    public async Task RestartHostAsync()
    {
        Assert.Equal(0, await Host.StopAsync());
        await Host.StartAsync();
    }

    /// <summary>Drives a case's tasks as participants do, from the links in the host's emails, with <paramref name="participant"/> as their browser.</summary>
    internal Features.Cases.CaseDriver CaseDriver(HttpClient participant) =>
        new(Api, participant, Path.Combine(Host.WorkingDirectory, "data", "mail"), "http://127.0.0.1:5080", () => Task.CompletedTask);

    /// <summary>Starts a case through the cases API (<c>POST /api/cases</c>); returns the case.</summary>
    public Task<JsonObject> StartCaseAsync(string title, string caseNumber) => ProcessCase.StartAsync(Api, title, caseNumber);

    /// <summary>The subprocess versions a case pinned when it started.</summary>
    public Task<JsonObject> PinnedVersionsAsync(JsonObject @case) => ProcessCase.PinnedVersionsAsync(Api, @case);

    /// <summary>The one instance of <paramref name="definitionId"/> in case <paramref name="caseNumber"/>, as the designer's instance list shows it.</summary>
    public async Task<JsonObject> CaseInstanceAsync(string definitionId, string caseNumber)
    {
        var page = await Designer.PostObjectAsync("/workflow-instances", new JsonObject
        {
            ["definitionIds"] = new JsonArray(definitionId), ["correlationId"] = caseNumber,
        });
        return Assert.IsType<JsonObject>(Assert.Single(page["items"]!.AsArray()));
    }

    /// <summary>Every version of a definition, newest first, as the designer's version history lists them.</summary>
    public Task<List<JsonObject>> VersionsAsync(string definitionId) => Designer.VersionsAsync(definitionId);

    /// <summary>GET on the designer API, <paramref name="path"/> relative to <c>/elsa/api</c>; fails unless 200.</summary>
    public Task<JsonObject> GetAsync(string path) => Designer.GetObjectAsync(path);

    /// <summary>A new browser context (no cookies) with one page whose traffic and console are recorded.</summary>
    public Task<BrowserSession> OpenSessionAsync(ITestOutputHelper output) => BrowserSession.OpenAsync(this, output);

    /// <summary>The tail of the host's output, for failure messages.</summary>
    public string HostOutputTail(int lines = 80) => TextTail.Of(Host.Output, lines);

    private static HostProcess Create()
    {
        var options = new HostProcessOptions { ApiKey = ApiKey };
        // Relative to the host's working directory, so it goes with it.
        options.Environment["Storage__DataDirectory"] = "data";
        options.Environment["ConnectionStrings__Postgres"] = "";
        options.Environment["Auth__CoordinatorApiKey"] = ApiKey;
        // The pages are checked against the cases the tests start; the demo cases would fill the lists.
        options.Environment["Demo__SeedCases"] = "false";
        return new HostProcess(options);
    }
}
