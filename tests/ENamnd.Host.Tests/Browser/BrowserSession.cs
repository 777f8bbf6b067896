using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ENamnd.Host.Tests.Browser;

/// <summary>One browser context (its own cookies) with one page on the host, recording what the page does.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>How long the WebAssembly designer may take to start and show something: generous for a busy 2-core machine.</summary>
    public static readonly TimeSpan StartUp = TimeSpan.FromSeconds(90);

    private readonly BrowserFixture fixture;
    private readonly ITestOutputHelper output;
    private readonly IBrowserContext context;
    private readonly BrowserLog log;

    private BrowserSession(BrowserFixture fixture, ITestOutputHelper output, IBrowserContext context, IPage page)
    {
        this.fixture = fixture;
        this.output = output;
        this.context = context;
        Page = page;
        log = new BrowserLog(page);
    }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>The calls the page made to <c>/elsa/api</c> so far.</summary>
    internal IReadOnlyList<BrowserLog.ApiCall> ApiCalls => log.ApiCalls;

    /// <summary>The absolute URL of a path on the host.</summary>
    public string Url(string path) => new Uri(fixture.Host.BaseAddress, path.TrimStart('/')).ToString();

    /// <summary>Opens a session on a new, cookie-less browser context.</summary>
    public static async Task<BrowserSession> OpenAsync(BrowserFixture fixture, ITestOutputHelper output)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1600, Height = 1000 },
            Locale = "sv-SE",
        });
        context.SetDefaultTimeout((float)StartUp.TotalMilliseconds);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(fixture, output, context, page);
    }

    /// <summary>Signs in through the login form with the coordinator key; the form returns to <paramref name="returnPath"/>.</summary>
    public async Task LogInAsync(string returnPath)
    {
        await Page.GotoAsync(Url($"/login?returnUrl={Uri.EscapeDataString(returnPath)}"));
        await Page.Locator("#key").FillAsync(BrowserFixture.ApiKey);
        await Page.Locator("button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == returnPath.Split('?')[0]);
    }

    /// <summary>
    /// Runs <paramref name="steps"/>; when they fail, saves a screenshot and fails with the page's console and API
    /// calls and the host's output, so a failure on a CI machine explains itself.
    /// </summary>
    public async Task RunAsync(string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception e)
        {
            var screenshot = Path.Combine(TestArtifacts.Screenshots, $"failed-{name}.png");
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            }
            catch (PlaywrightException)
            {
                screenshot = "(none: the page could not be captured)";
            }
            throw new XunitException(
                $"{e.GetType().Name}: {e.Message}\n\nScreenshot: {screenshot}\nPage URL: {Page.Url}\n\n" +
                $"Browser log:\n{log.Text}\nHost output (tail):\n{fixture.HostOutputTail()}\n\nStack trace:\n{e.StackTrace}");
        }
        finally
        {
            output.WriteLine(log.Text);
        }
    }

    /// <summary>Whether Blazor's error banner is showing.</summary>
    public Task<bool> ErrorBannerVisibleAsync() => Page.Locator("#blazor-error-ui").IsVisibleAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
