using ENamnd.TestSupport.Postgres;
using Npgsql;

namespace ENamnd.TestSupport.Tests.Postgres;

// Each test starts a server of its own, since what it checks is the start or the end of one.
[Trait(TestCategories.Key, TestCategories.Postgres)]
public class PostgresServerLifetimeTests
{
    [Fact]
    public async Task Should_FreePortAndDeleteDirectory_When_Disposed()
    {
        var server = await PostgresServer.StartAsync();
        var port = server.Port;
        var directory = server.RootDirectory;
        Assert.False(FreePort.IsFree(port));

        await server.DisposeAsync();

        Assert.True(FreePort.IsFree(port), $"Port {port} is still taken after the server was stopped.");
        Assert.False(Directory.Exists(directory));
    }

    [Fact]
    public async Task Should_TurnOffFsync_When_FastButUnsafe()
    {
        await using var server = await PostgresServer.StartAsync(new PostgresServerOptions { FastButUnsafe = true });
        await using var connection = new NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("show fsync", connection);

        Assert.Equal("off", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Should_KeepCommittedRows_When_ServerStoppedAndStartedAgain()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync("restart");
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("create table t (v text); insert into t values ('kvar')", connection);
            await insert.ExecuteNonQueryAsync();
            // The restart ends the pooled session; a later test must not be handed it.
            NpgsqlConnection.ClearPool(connection);
        }

        await server.RestartAsync();

        await using var reopened = new NpgsqlConnection(server.ConnectionStringFor("restart"));
        await reopened.OpenAsync();
        await using var select = new NpgsqlCommand("select v from t", reopened);
        Assert.Equal("kvar", await select.ExecuteScalarAsync());
    }
}
