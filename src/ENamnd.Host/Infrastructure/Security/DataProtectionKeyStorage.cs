using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Persistence;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>
/// Where the data-protection keys (which sign the coordinator cookie) are kept, so sign-ins survive restarts: in the
/// database on PostgreSQL, shared by every host on it; in the data directory on SQLite. The keys are stored unencrypted
/// on purpose (see the README, Data-protection keys): the data directory's permissions or the database's grants guard them.
/// </summary>
/// <remarks>Leaves a repository or encryptor configured elsewhere alone.</remarks>
internal sealed class DataProtectionKeyStorage(IOptions<StorageOptions> storage, IServiceProvider services, ILoggerFactory loggerFactory)
    : IConfigureOptions<KeyManagementOptions>
{
    /// <summary>The folder's name inside the data directory.</summary>
    public const string FolderName = "data-protection-keys";

    /// <summary>Whether the keys are in the database (PostgreSQL) rather than in the data directory.</summary>
    public bool InDatabase => SharedDatabase.HoldsSecrets(services);

    /// <summary>Where the keys are, in words for the log.</summary>
    public string Location => InDatabase ? "the database table data_protection_keys" : Path.Combine(storage.Value.FullDataDirectory, FolderName);

    /// <inheritdoc />
    public void Configure(KeyManagementOptions options)
    {
        options.XmlRepository ??= InDatabase
            ? new DatabaseXmlRepository(services.GetRequiredService<IDbContextFactory<ENamndDbContext>>())
            : new FileSystemXmlRepository(new DirectoryInfo(Location), loggerFactory);
        // A decision, not an omission: each key's XML says it is not encrypted, and the key manager's warning about an
        // unconfigured encryptor no longer applies.
        // Made without the services, so it has no logger for its own warning at every new key: the start-up line says where
        // the keys are and what guards them.
        options.XmlEncryptor ??= new NullXmlEncryptor();
    }
}
