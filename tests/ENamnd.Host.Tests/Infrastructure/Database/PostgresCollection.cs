using ENamnd.TestSupport.Postgres;

namespace ENamnd.Host.Tests.Infrastructure.Database;

/// <summary>The test classes of this assembly that share one throwaway PostgreSQL server (each creates its own database).</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
