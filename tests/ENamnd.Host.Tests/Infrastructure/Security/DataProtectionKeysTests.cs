using System.Net;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Tests.Infrastructure.Logging;
using ENamnd.Host.Tests.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>On SQLite the data-protection keys live in the data directory: a coordinator's cookie survives a restart, and no warning about unencrypted keys is logged.</summary>
public sealed class DataProtectionKeysTests : IDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("enamnd-keys-").FullName;

    [Fact]
    public async Task Should_AcceptTheCookie_When_TheHostRestartsOnTheSameDataDirectory()
    {
        var logs = new InMemorySink();
        string? cookie;
        using (var first = Host(logs))
        {
            using var client = Client(first);
            cookie = SecurityTestHost.CookieFrom(await client.SendAsync(SecurityTestHost.PostLogin(SettingsHostFactory.ApiKey)));
            Assert.NotNull(cookie);
        }
        using var restarted = Host(logs);
        using var again = Client(restarted);

        var response = await again.SendAsync(SecurityTestHost.Get("/api/cases", cookie: cookie));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(dataDirectory, DataProtectionKeyStorage.FolderName)));
        Assert.DoesNotContain("No XML encryptor configured", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("null encryptor", logs.Text, StringComparison.Ordinal);
        Assert.Contains("Data-protection keys are kept unencrypted in", logs.Text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    private SettingsHostFactory Host(ILogEventSink logs) =>
        new(new Dictionary<string, string> { ["Storage:DataDirectory"] = dataDirectory }) { ConfigureServices = s => s.AddSingleton(logs) };

    // Cookies are passed by hand, as another browser would.
    private static HttpClient Client(SettingsHostFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
