using ENamnd.Persistence;
using Microsoft.Data.Sqlite;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>The directory contract on the embedded SQLite database.</summary>
public sealed class SqliteParticipantDirectoryTests : ParticipantDirectoryContract
{
    private readonly string directory = System.IO.Directory.CreateTempSubdirectory("enamnd-directory-").FullName;

    protected override Task<DirectoryHarness> StartHarnessAsync() =>
        DirectoryHarness.StartAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "directory.db")}"));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(directory, recursive: true);
    }
}
