using ENamnd.Host.Infrastructure.Storage;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Keeps the data-protection keys (which sign the coordinator cookie) in the data directory, so sign-ins survive restarts.</summary>
/// <remarks>Leaves a repository configured elsewhere (e.g. in the database) alone.</remarks>
internal sealed class DataProtectionKeyDirectory(IOptions<StorageOptions> storage, ILoggerFactory loggerFactory)
    : IConfigureOptions<KeyManagementOptions>
{
    /// <summary>The folder's name inside the data directory.</summary>
    public const string FolderName = "data-protection-keys";

    /// <inheritdoc />
    public void Configure(KeyManagementOptions options)
    {
        var directory = new DirectoryInfo(Path.Combine(storage.Value.FullDataDirectory, FolderName));
        options.XmlRepository ??= new FileSystemXmlRepository(directory, loggerFactory);
    }
}
