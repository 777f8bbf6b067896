using System.Net;
using System.Text.Json;
using ENamnd.Host.Infrastructure.Health;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Tests.Infrastructure.Health;

/// <summary>/health/live, /health/ready and /health on the real host: anonymous, JSON with Swedish descriptions, no secrets.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Should_ListEveryReadinessCheck_When_TheHostIsReady()
    {
        using var factory = new TestHostFactory();
        using var client = factory.CreateClient();

        var (status, body) = await Poll.UntilAsync(() => GetAsync(client, "/health/ready"), r => r.Status == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), r => $"/health/ready answered {(int)r.Status}: {r.Body}");

        using var json = JsonDocument.Parse(body);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["database", "migrations", "outbox", "scheduler", "smtp"], checks.Keys.Order());
        Assert.All(checks.Values, c => Assert.Equal("Healthy", c.GetProperty("status").GetString()));
        Assert.Equal("Databasen svarar.", checks["database"].GetProperty("description").GetString());
        Assert.DoesNotContain(factory.DataDirectory, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_AnswerLive_And_PlainHealth_When_ReadinessFails()
    {
        using var factory = new TestHostFactory();
        using var client = factory.CreateClient();
        // A message written 20 minutes ago whose next attempt is far off: the outbox is stuck.
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var written = DateTimeOffset.UtcNow.AddMinutes(-20);
            db.Outbox.Add(new OutboxRow { Id = "stuck", Kind = "email", Payload = "{}", InstanceId = "i", CreatedAt = written, NextAttemptAt = written.AddDays(1), Attempts = 3 });
            await db.SaveChangesAsync();
        }

        var ready = await GetAsync(client, "/health/ready");
        var live = await GetAsync(client, "/health/live");
        var plain = await GetAsync(client, "/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains("Utkorgen har fastnat", ready.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.Status);
        using var json = JsonDocument.Parse(live.Body);
        var check = Assert.Single(json.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("Processen svarar.", check.GetProperty("description").GetString());
        Assert.Equal((HttpStatusCode.OK, "Healthy"), plain);
    }

    [Fact]
    public async Task Should_WriteTheGenericDescription_When_ACheckThrows()
    {
        const string secret = "Host=db.internal;Password=hemligt-losen";
        using var factory = new TestHostFactory
        {
            ConfigureServices = s => s.AddHealthChecks().AddCheck("kastar", HealthCheckResult () => throw new InvalidOperationException(secret), tags: [HealthTags.Live]),
        };
        using var client = factory.CreateClient();

        var (status, body) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.DoesNotContain("hemligt-losen", body, StringComparison.Ordinal);
        Assert.DoesNotContain("db.internal", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var check = json.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "kastar");
        Assert.Equal("Fungerar inte.", check.GetProperty("description").GetString());
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
