using ENamnd.TestSupport.Postgres;

namespace ENamnd.TestSupport.Tests;

/// <summary>The test classes that share one PostgreSQL server.</summary>
[CollectionDefinition(PostgresFixture.CollectionName)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
