using ENamnd.Host.Infrastructure.Storage;
using ENamnd.Persistence;

namespace ENamnd.Host.Infrastructure.Backup;

/// <summary>
/// <c>dotnet run --project src/ENamnd.Host -- backup &lt;mapp&gt;</c>: backs the data directory up (see
/// <see cref="DataDirectoryBackup"/>) with the host's own configuration, then exits. It may run while the host runs.
/// </summary>
public static class BackupCommand
{
    /// <summary>The verb.</summary>
    public const string Verb = "backup";

    /// <summary>Whether <paramref name="args"/> ask for a backup; the target folder when they do.</summary>
    public static bool IsRequested(string[] args, out string? target)
    {
        target = args is [Verb, var folder, ..] ? folder : null;
        return args is [Verb, ..];
    }

    /// <summary>Runs the backup; the process's exit code.</summary>
    public static int Run(IConfiguration configuration, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            Console.Error.WriteLine("Ange målmappen: backup <mapp>.");
            return 2;
        }
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var database = DatabaseSettings.From(configuration, storage.FullDataDirectory);
        try
        {
            var copied = DataDirectoryBackup.Create(storage.FullDataDirectory, database, target);
            Console.WriteLine($"Säkerhetskopian finns i {Path.GetFullPath(target)}: {string.Join(", ", copied)}.");
            if (database.Provider == DatabaseProvider.Postgres)
                Console.WriteLine("Databasen ligger i PostgreSQL: säkerhetskopiera den med pg_dump (se README, Säkerhetskopiering och återställning).");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"Säkerhetskopieringen misslyckades: {e.Message}");
            return 1;
        }
    }
}
