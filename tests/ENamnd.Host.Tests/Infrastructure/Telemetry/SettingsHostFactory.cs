using Microsoft.AspNetCore.Hosting;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>The real host in memory on SQLite with settings of the test's own.</summary>
public sealed class SettingsHostFactory(IReadOnlyDictionary<string, string> settings) : HostFactoryBase("enamnd-settings-", ApiKey)
{
    public const string ApiKey = "settings-tests-coordinator-key-0123456789";

    /// <inheritdoc />
    protected override void ConfigureSettings(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
