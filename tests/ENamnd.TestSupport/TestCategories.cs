namespace ENamnd.TestSupport;

/// <summary>
/// The slow test tiers, as an xunit trait: <c>[Trait(TestCategories.Key, TestCategories.Postgres)]</c> on a test class.
/// <c>bash scripts/test --fast</c> skips every class that carries one of them; a class may carry several.
/// </summary>
public static class TestCategories
{
    /// <summary>The trait key, as <c>dotnet test --filter</c> names it (<c>Category!=Postgres</c>).</summary>
    public const string Key = "Category";

    /// <summary>Starts a PostgreSQL server: <c>PostgresFixture</c>, its collection, or a <c>PostgresServer</c> of its own.</summary>
    public const string Postgres = "Postgres";

    /// <summary>Runs the host as a child process (<c>HostProcess</c>).</summary>
    public const string Process = "Process";

    /// <summary>Drives the application or the designer in Chromium.</summary>
    public const string Browser = "Browser";

    /// <summary>A long in-process scenario (a case from idea to management, a year of contract monitoring): seconds per test, not milliseconds.</summary>
    public const string Scenario = "Scenario";
}
