using System.Net;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Tests.Features.Contracts;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Features.Runtime;

/// <summary><c>POST /api/jobs/{jobId}/trigger</c>: the coordinator runs a recurring job now.</summary>
public sealed class JobEndpointsTests : IAsyncLifetime
{
    private readonly ContractsHostFactory host = new();

    public Task InitializeAsync() => host.StartAsync();

    public Task DisposeAsync()
    {
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_AcceptAndRunTheJob_When_TheIdIsKnown()
    {
        host.Clock.Set(ContractsHostFactory.Stockholm(new DateOnly(2026, 12, 31), new TimeOnly(6, 0)));
        var contract = await host.AddContractAsync("E-tjänsteplattform", new DateOnly(2027, 3, 31));
        using var api = host.CreateCoordinatorClient();

        var accepted = await (await api.PostAsync($"/api/jobs/{ContractExpiryMonitor.Id}/trigger", null)).ExpectAsync(HttpStatusCode.Accepted);

        Assert.Equal(ContractExpiryMonitor.Id, (string?)accepted["jobId"]);
        Assert.False(string.IsNullOrEmpty((string?)accepted["backgroundJobId"]));
        // Hangfire's server in the host runs it: the 3-month alert is recorded.
        var key = ContractLedgerKeys.Alert(contract.Id, new DateOnly(2027, 3, 31), 3).Value;
        var ledger = await Poll.UntilAsync(() => host.LedgerAsync(), rows => rows.Any(r => r.Key == key), TimeSpan.FromSeconds(30),
            rows => $"no alert {key} among {rows.Count} ledger entries", TimeSpan.FromMilliseconds(200));
        Assert.Contains(ledger, r => r.Key == key);
    }

    [Theory]
    [InlineData("due-bookmark-sweep")]
    [InlineData("outbox-dispatcher")]
    [InlineData("tertial-follow-up")]
    [InlineData("meeting-reminders")]
    [InlineData("contract-decision-handover")]
    public async Task Should_Accept_When_TheRecurringJobIsKnown(string jobId)
    {
        using var api = host.CreateCoordinatorClient();

        var accepted = await (await api.PostAsync($"/api/jobs/{jobId}/trigger", null)).ExpectAsync(HttpStatusCode.Accepted);

        Assert.Equal(jobId, (string?)accepted["jobId"]);
    }

    [Fact]
    public async Task Should_AnswerNotFoundInSwedish_When_TheIdIsUnknown()
    {
        using var api = host.CreateCoordinatorClient();

        var problem = await (await api.PostAsync("/api/jobs/inget-sadant-jobb/trigger", null)).ExpectAsync(HttpStatusCode.NotFound);

        Assert.Contains("Det finns inget återkommande jobb med id 'inget-sadant-jobb'", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Should_AnswerUnauthorized_When_Anonymous()
    {
        using var anonymous = host.CreateClient();

        var response = await anonymous.PostAsync($"/api/jobs/{ContractExpiryMonitor.Id}/trigger", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.LedgerAsync());
    }
}
