using ENamnd.TestSupport.Postgres;
using Npgsql;

namespace ENamnd.TestSupport.Tests.Postgres;

[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
public class SharedPostgresServerTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Should_AnswerQuery_When_ConnectedWithConnectionString()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal(1, await Scalar<int>(connection, "select 1"));
    }

    [Fact]
    public async Task Should_RejectLogin_When_PasswordIsWrong()
    {
        var wrong = new NpgsqlConnectionStringBuilder(fixture.ConnectionString) { Password = "wrong-password", Pooling = false };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InvalidPassword, error.SqlState);
    }

    [Fact]
    public async Task Should_KeepTablesApart_When_TwoDatabasesCreated()
    {
        await using var first = new NpgsqlConnection(await fixture.CreateDatabaseAsync("first"));
        await using var second = new NpgsqlConnection(await fixture.CreateDatabaseAsync("second"));
        await first.OpenAsync();
        await second.OpenAsync();

        await Execute(first, "create table cases (id int primary key); insert into cases values (1), (2)");
        await Execute(second, "create table cases (id int primary key); insert into cases values (3)");

        Assert.Equal(2L, await Scalar<long>(first, "select count(*) from cases"));
        Assert.Equal(3, await Scalar<int>(second, "select max(id) from cases"));
        Assert.NotEqual(first.Database, second.Database);
    }

    [Fact]
    public async Task Should_KeepCommitsDurable_When_StartedWithDefaults()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();

        Assert.Equal("on", await Scalar<string>(connection, "show fsync"));
        Assert.Equal("on", await Scalar<string>(connection, "show synchronous_commit"));
        Assert.Equal("127.0.0.1", await Scalar<string>(connection, "show listen_addresses"));
    }

    [Fact]
    public async Task Should_RefuseName_When_DatabaseNameNeedsQuoting()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Server.CreateDatabaseAsync("x\"; drop database postgres; --"));
    }

    [Fact]
    public void Should_ShipPgbench_When_ServerProgramsFound()
    {
        Assert.True(File.Exists(Path.Combine(fixture.Server.BinDirectory, "pgbench")), $"pgbench is missing from {fixture.Server.BinDirectory}.");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
