namespace ENamnd.Host.Tests;

/// <summary>The real host in memory, on its own SQLite data directory, with a known coordinator key.</summary>
public sealed class TestHostFactory() : HostFactoryBase("enamnd-host-", ApiKey)
{
    /// <summary>The coordinator key the host accepts.</summary>
    public const string ApiKey = "test-coordinator-key-0123456789";
}
