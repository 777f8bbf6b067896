using ENamnd.TestSupport;

namespace ENamnd.Persistence.Tests;

/// <summary>The grants that keep the host's PostgreSQL role from rewriting evidence, as the code runs them and the README shows them.</summary>
public sealed class PostgresRolesTests
{
    [Fact]
    public void Should_ShowTheGrantsTheMigratorRuns_When_TheReadmeDescribesTheRoles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Find()!, "README.md"));

        foreach (var statement in PostgresRoles.GrantStatements("public", "enamnd"))
            Assert.Contains(statement + ";", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_TakeInsertAndSelectOnly_When_ATableHoldsEvidence()
    {
        var revoke = Assert.Single(PostgresRoles.GrantStatements("public", "enamnd"), s => s.Contains("\"decisions\"", StringComparison.Ordinal));

        Assert.Equal("REVOKE UPDATE, DELETE, TRUNCATE ON \"public\".\"decisions\", \"public\".\"audit\", \"public\".\"evidence_chain\" FROM \"enamnd\"", revoke);
    }

    [Fact]
    public void Should_QuoteTheNames_When_TheyHoldQuotes()
    {
        var statements = PostgresRoles.GrantStatements("min \"schema\"", "värd\"; DROP TABLE decisions; --");

        Assert.All(statements, s => Assert.Contains("\"värd\"\"; DROP TABLE decisions; --\"", s, StringComparison.Ordinal));
        Assert.StartsWith("GRANT USAGE ON SCHEMA \"min \"\"schema\"\"\" TO ", statements[0], StringComparison.Ordinal);
    }
}
