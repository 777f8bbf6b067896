using System.Net;
using ENamnd.Host.Features.Contracts;
using ENamnd.Host.Tests.Features.Contracts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ENamnd.Host.Tests.Infrastructure.Scheduling;

/// <summary>The Hangfire dashboard at <c>/hangfire</c>: the coordinator sees the recurring jobs; nobody else gets in.</summary>
public sealed class HangfireDashboardTests : IAsyncLifetime
{
    private readonly ContractsHostFactory host = new();

    public Task InitializeAsync() => host.StartAsync();

    public Task DisposeAsync()
    {
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_ListTheRecurringJobs_When_TheCoordinatorAsks()
    {
        using var api = host.CreateCoordinatorClient();

        var response = await api.GetAsync("/hangfire/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(ContractExpiryMonitor.Id, page);
        Assert.Contains("tertial-follow-up", page);
        Assert.Contains("meeting-reminders", page);
        Assert.Contains("contract-decision-handover", page);
        Assert.Contains("due-bookmark-sweep", page);
        Assert.Contains("outbox-dispatcher", page);
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/recurring")]
    public async Task Should_AnswerUnauthorized_When_AnonymousClientCalls(string path)
    {
        using var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(ContractExpiryMonitor.Id, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_RedirectToLogin_When_AnonymousBrowserCalls()
    {
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/hangfire/recurring");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString);
    }
}
