using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The coordinator key: the configured one, or one generated once and kept in the data directory.</summary>
/// <remarks>Only the key's SHA-256 hash stays in memory; the key itself is never logged.</remarks>
internal sealed class CoordinatorKeyStore
{
    private const string KeyFileRemedy = "Delete it to have a new key generated, or set Auth:CoordinatorApiKey.";

    /// <summary>The key file's name inside the data directory.</summary>
    public const string FileName = "coordinator-api-key";

    private readonly AuthOptions _auth;
    private readonly StorageOptions _storage;
    private readonly TextWriter? _console;
    private readonly string _address;
    private readonly Lazy<byte[]> _keyHash;

    /// <summary>Creates the store; a generated key is announced on the process console.</summary>
    public CoordinatorKeyStore(IOptions<AuthOptions> auth, IOptions<StorageOptions> storage, IConfiguration configuration)
        : this(auth.Value, storage.Value, console: null, HostAddress.ToOpen(configuration["Urls"]))
    {
    }

    /// <summary>
    /// Creates the store announcing a generated key on <paramref name="console"/> (the process console when null), with the
    /// <paramref name="address"/> to open in a browser.
    /// </summary>
    internal CoordinatorKeyStore(AuthOptions auth, StorageOptions storage, TextWriter? console, string? address = null)
    {
        _auth = auth;
        _storage = storage;
        _console = console;
        _address = address ?? HostAddress.ToOpen(null);
        _keyHash = new Lazy<byte[]>(() => Hash(ResolveKey()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where a generated key is kept.</summary>
    public string KeyFilePath => Path.Combine(_storage.FullDataDirectory, FileName);

    /// <summary>Resolves the key now (generating and announcing it if needed) instead of at the first sign-in.</summary>
    public void EnsureKey() => _ = _keyHash.Value;

    /// <summary>Whether <paramref name="candidate"/> is the coordinator key, compared in constant time.</summary>
    public bool Matches(string candidate) => CryptographicOperations.FixedTimeEquals(Hash(candidate), _keyHash.Value);

    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));

    // A configured key always wins and is never written to disk.
    private string ResolveKey()
    {
        if (_auth.HasConfiguredKey) return _auth.CoordinatorApiKey!;
        var stored = SecretFile.TryRead(KeyFilePath, AuthOptions.MinimumKeyLength, KeyFileRemedy);
        if (stored is not null) return stored;
        var generated = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        if (SecretFile.TryCreate(KeyFilePath, generated))
        {
            Announce(generated);
            return generated;
        }
        // Another process created the file first: use its key.
        return SecretFile.TryRead(KeyFilePath, AuthOptions.MinimumKeyLength, KeyFileRemedy)
            ?? throw new InvalidOperationException($"The coordinator key file {KeyFilePath} could not be read.");
    }

    // Written to the console on purpose, not through the logger, so the key never reaches a log file.
    private void Announce(string key)
    {
        var console = _console ?? Console.Out;
        console.WriteLine(new string('=', 72));
        console.WriteLine("ENamnd: ingen samordnarnyckel var konfigurerad, så en ny har skapats.");
        console.WriteLine($"Nyckel: {key}");
        console.WriteLine($"Den är sparad i {KeyFilePath} och visas bara den här gången.");
        console.WriteLine($"Öppna {_address} i webbläsaren och logga in som samordnare med nyckeln,");
        console.WriteLine("eller skicka den i huvudet");
        console.WriteLine("\"Authorization: ApiKey <nyckel>\" (så som Elsa Studio gör).");
        console.WriteLine("En egen nyckel anges med Auth:CoordinatorApiKey (miljövariabeln Auth__CoordinatorApiKey).");
        console.WriteLine(new string('=', 72));
        console.Flush();
    }
}
