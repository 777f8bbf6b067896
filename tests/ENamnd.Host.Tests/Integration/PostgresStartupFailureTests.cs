using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;
using ENamnd.TestSupport.Postgres;
using Npgsql;

namespace ENamnd.Host.Tests.Integration;

/// <summary>A host that cannot use its PostgreSQL database stops at once with a readable message, not a stack trace.</summary>
[Collection(PostgresFixture.CollectionName)]
[Trait(TestCategories.Key, TestCategories.Postgres)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PostgresStartupFailureTests(PostgresFixture postgres) : IDisposable
{
    private readonly string workingDirectory = Directory.CreateTempSubdirectory("enamnd-host-").FullName;

    public void Dispose() => Directory.Delete(workingDirectory, recursive: true);

    [Fact]
    public async Task Should_ExitWithReadableMessage_When_PasswordIsWrong()
    {
        var wrong = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Password = "fel-losenord" };

        var result = await RunHostAsync(wrong.ConnectionString);

        AssertReadableFailure(result, "nekades");
    }

    [Fact]
    public async Task Should_ExitWithReadableMessage_When_ServerDoesNotAnswer()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Port = FreePort.Next(), Timeout = 5 };

        var result = await RunHostAsync(nowhere.ConnectionString);

        AssertReadableFailure(result, "svarar inte");
    }

    [Fact]
    public async Task Should_NameTheOwnerSetting_When_TheOwnersPasswordIsWrong()
    {
        var wrong = new NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Password = "fel-losenord" };

        var result = await RunHostAsync(postgres.ConnectionString, owner: wrong.ConnectionString);

        AssertReadableFailure(result, "nekades (fel användarnamn eller lösenord i ConnectionStrings:PostgresOwner)");
    }

    [Fact]
    public async Task Should_ExitWithReadableMessage_When_AnOwnerIsSetWithoutPostgres()
    {
        var result = await RunHostAsync("", owner: postgres.ConnectionString);

        AssertReadableFailure(result, "ConnectionStrings:PostgresOwner är satt men inte ConnectionStrings:Postgres");
    }

    private static void AssertReadableFailure(CommandResult result, string reason)
    {
        var output = $"Exit code {result.ExitCode}. Output:\n{TextTail.Of(result.Output)}";
        Assert.True(result.ExitCode != 0, output);
        Assert.Contains("Databasen kan inte användas", result.Output);
        Assert.Contains(reason, result.Output);
        Assert.False(result.Output.Contains("   at ", StringComparison.Ordinal), $"The output holds a stack trace. {output}");
    }

    private Task<CommandResult> RunHostAsync(string connectionString, string owner = "") =>
        ExternalCommand.RunAsync(
            HostAssembly.DotnetExecutable(),
            [HostAssembly.Locate()],
            workingDirectory: workingDirectory,
            environment: new Dictionary<string, string?>
            {
                ["DOTNET_NOLOGO"] = "1",
                ["Storage__DataDirectory"] = "data",
                ["ConnectionStrings__Postgres"] = connectionString,
                ["ConnectionStrings__PostgresOwner"] = owner,
                ["Auth__CoordinatorApiKey"] = IntegrationHost.ApiKey,
                ["Urls"] = $"http://127.0.0.1:{FreePort.Next()}",
            },
            timeout: TimeSpan.FromSeconds(90));
}
