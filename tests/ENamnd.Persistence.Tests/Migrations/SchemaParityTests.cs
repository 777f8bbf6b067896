using ENamnd.TestSupport.Postgres;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// After every migration, PostgreSQL and SQLite hold the same schema: tables, columns and their
/// nullability, primary keys, indexes and triggers (types differ by provider and are not compared).
/// </summary>
[Collection(PostgresFixture.CollectionName)]
public sealed class SchemaParityTests(PostgresFixture postgres) : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-parity-").FullName;

    [Fact]
    public async Task Should_HoldTheSameSchema_When_BothProvidersAreMigrated()
    {
        var onPostgres = new DatabaseSettings(DatabaseProvider.Postgres, await postgres.CreateDatabaseAsync("parity"));
        var onSqlite = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "parity.db")}");
        await MigrateAsync(onPostgres);
        await MigrateAsync(onSqlite);

        var postgresSchema = await PostgresSchemaReader.ReadAsync(onPostgres.ConnectionString);
        var sqliteSchema = await SqliteSchemaReader.ReadAsync(onSqlite.ConnectionString);

        AssertReadsEveryKind(postgresSchema);
        AssertReadsEveryKind(sqliteSchema);
        var differences = SchemaComparison.Differences("PostgreSQL", postgresSchema, "SQLite", sqliteSchema);
        Assert.True(differences.Count == 0,
            $"The migrated schemas differ in {differences.Count} places:{Environment.NewLine}{string.Join(Environment.NewLine, differences)}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    // A reader that missed a kind of object would make the schemas agree for the wrong reason.
    private static void AssertReadsEveryKind(SchemaDescription schema)
    {
        Assert.Contains(schema.Tables, t => t.Columns.Any(c => c.Nullable) && t.Columns.Any(c => !c.Nullable));
        Assert.Contains(schema.Tables, t => t.PrimaryKey.Count > 1);
        var indexes = schema.Tables.SelectMany(t => t.Indexes).ToList();
        Assert.Contains(indexes, i => i.Unique && i.Columns.Count > 1);
        Assert.Contains(indexes, i => i.Partial);
        Assert.Contains(indexes, i => i.Columns.Contains(IndexDescription.Expression));
        Assert.Contains(indexes, i => i.Name.EndsWith("(unique constraint)", StringComparison.Ordinal));
        Assert.Contains(schema.Tables, t => t.Triggers.Count > 0);
    }

    private static async Task MigrateAsync(DatabaseSettings database)
    {
        await using var services = new ServiceCollection().AddLogging().AddENamndPersistence(database).BuildServiceProvider();
        Assert.True(await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None) > 0);
    }
}
