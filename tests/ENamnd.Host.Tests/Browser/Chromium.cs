using Microsoft.Playwright;

namespace ENamnd.Host.Tests.Browser;

/// <summary>Launches the system's Chromium (Debian package <c>chromium</c>) headless; Playwright never downloads a browser here.</summary>
internal static class Chromium
{
    /// <summary>The environment variable that names another Chromium executable.</summary>
    public const string PathVariable = "ENAMND_CHROMIUM";

    private const string DefaultPath = "/usr/bin/chromium";

    // Without the networking switches Chromium keeps calling Google's services, which a closed network refuses.
    // Playwright adds a new, empty --user-data-dir of its own to every launch.
    private static readonly string[] Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>The executable used.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Starts Playwright's driver (the Node.js that ships in the NuGet package) and Chromium.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ExecutablePath}. Install the Debian package chromium (scripts/test does), or name another executable in {PathVariable}.");
        }
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = Switches,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
