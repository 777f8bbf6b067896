using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Persistence;
using Microsoft.Data.Sqlite;

namespace ENamnd.Host.Infrastructure.Backup;

/// <summary>
/// A backup of a data directory, made while the host runs: the SQLite database through SQLite's online backup (a
/// consistent copy, whatever is being written), and the secrets without which the restored data is of little use — the
/// coordinator key, the task-link secret (links already sent keep working), the session stamp and the data-protection
/// keys. The backup folder is itself a data directory: restoring is copying it in place of the old one (or pointing
/// <c>Storage:DataDirectory</c> at it). On PostgreSQL the database is backed up with <c>pg_dump</c> instead (README), and
/// the session stamp and the data-protection keys are in it, not in the data directory.
/// </summary>
public static class DataDirectoryBackup
{
    /// <summary>The database file's name in a backup (as in a data directory).</summary>
    public const string DatabaseFile = "enamnd.db";

    private static readonly string[] Secrets =
        [CoordinatorKeyStore.FileName, TaskTokenSecret.FileName, FileSessionStampStore.FileName];

    /// <summary>Backs <paramref name="dataDirectory"/> up into <paramref name="target"/> (new or empty); what was copied, in Swedish.</summary>
    /// <exception cref="InvalidOperationException">The target holds files already; nothing is written.</exception>
    public static IReadOnlyList<string> Create(string dataDirectory, DatabaseSettings database, string target)
    {
        target = Path.GetFullPath(target);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            throw new InvalidOperationException($"Målmappen {target} är inte tom; välj en ny mapp för säkerhetskopian.");
        PrivateFiles.Restrict(target);
        var copied = new List<string>();
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            using var source = new SqliteConnection(database.ConnectionString);
            using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(target, DatabaseFile), Pooling = false }.ToString());
            source.Open();
            source.BackupDatabase(destination);
            copied.Add($"databasen ({DatabaseFile})");
        }
        foreach (var secret in Secrets.Where(s => File.Exists(Path.Combine(dataDirectory, s))))
        {
            File.Copy(Path.Combine(dataDirectory, secret), Path.Combine(target, secret));
            copied.Add(secret);
        }
        var keys = Path.Combine(dataDirectory, DataProtectionKeyStorage.FolderName);
        if (Directory.Exists(keys))
        {
            Directory.CreateDirectory(Path.Combine(target, DataProtectionKeyStorage.FolderName));
            foreach (var key in Directory.EnumerateFiles(keys)) File.Copy(key, Path.Combine(target, DataProtectionKeyStorage.FolderName, Path.GetFileName(key)));
            copied.Add(DataProtectionKeyStorage.FolderName);
        }
        return copied;
    }
}
