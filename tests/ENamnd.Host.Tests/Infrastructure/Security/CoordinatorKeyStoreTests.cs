using System.Net;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Infrastructure.Storage;

namespace ENamnd.Host.Tests.Infrastructure.Security;

public sealed class CoordinatorKeyStoreTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "enamnd-key-" + Guid.NewGuid().ToString("N"), "data");

    private string KeyFile => Path.Combine(_dataDirectory, CoordinatorKeyStore.FileName);

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_dataDirectory)!;
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Should_CreateOwnerOnlyFileAndPrintKeyOnce_When_NoKeyConfigured()
    {
        using var console = new StringWriter();

        Store(key: null, console).EnsureKey();

        var key = File.ReadAllText(KeyFile).Trim();
        Assert.Equal(43, key.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", key);
        Assert.Contains(key, console.ToString());
        Assert.Contains("visas bara den här gången", console.ToString());
        Assert.Contains("Öppna http://127.0.0.1:5080/ i webbläsaren och logga in som samordnare med nyckeln,", console.ToString());
        Assert.Single(console.ToString().Split(key)[1..]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }
        Assert.Empty(Directory.GetFiles(_dataDirectory, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }));
    }

    [Fact]
    public void Should_ReadSameKeyWithoutPrinting_When_StartedAgain()
    {
        using var first = new StringWriter();
        using var second = new StringWriter();
        Store(key: null, first).EnsureKey();
        var key = File.ReadAllText(KeyFile).Trim();

        var store = Store(key: null, second);
        store.EnsureKey();

        Assert.Equal(string.Empty, second.ToString());
        Assert.True(store.Matches(key));
        Assert.False(store.Matches(key + "x"));
    }

    [Fact]
    public void Should_NotWriteFileNorPrint_When_KeyConfigured()
    {
        using var console = new StringWriter();
        var store = Store(key: SecurityTestHost.Key, console);

        store.EnsureKey();

        Assert.True(store.Matches(SecurityTestHost.Key));
        Assert.False(File.Exists(KeyFile));
        Assert.Equal(string.Empty, console.ToString());
    }

    [Fact]
    public void Should_PreferConfiguredKey_When_FileAlsoExists()
    {
        using var console = new StringWriter();
        Store(key: null, console).EnsureKey();
        var generated = File.ReadAllText(KeyFile).Trim();

        var store = Store(key: SecurityTestHost.Key, console);

        Assert.True(store.Matches(SecurityTestHost.Key));
        Assert.False(store.Matches(generated));
    }

    [Fact]
    public void Should_FailClearly_When_KeyFileIsEmpty()
    {
        Directory.CreateDirectory(_dataDirectory);
        File.WriteAllText(KeyFile, "\n");

        var error = Assert.Throws<InvalidOperationException>(() => Store(key: null, TextWriter.Null).EnsureKey());

        Assert.Contains("Delete it", error.Message);
    }

    [Fact]
    public async Task Should_AcceptGeneratedKey_When_HostStartedWithoutConfiguredKey()
    {
        await using var host = await SecurityTestHost.StartAsync(key: null, dataDirectory: _dataDirectory);
        using var client = host.CreateClient();
        // The key is generated at start-up, before any request.
        var key = File.ReadAllText(KeyFile).Trim();

        var response = await client.SendAsync(SecurityTestHost.Get("/protected", apiKey: key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private CoordinatorKeyStore Store(string? key, TextWriter console) =>
        new(new AuthOptions { CoordinatorApiKey = key }, new StorageOptions { DataDirectory = _dataDirectory }, console);
}
