using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Ledger;

/// <summary>What the ledger promises on every database: each key is done once, with its rows, also when attempts race.</summary>
public abstract class NotificationLedgerContract : IAsyncLifetime
{
    private static readonly LedgerKey Alert = new("contract-alert", "contract:a", "a:2027-03-31:6m");
    private static readonly LedgerKey Test = new("test", "s", "k");
    private readonly List<LedgerHarness> harnesses = [];

    /// <summary>The database a test runs on (a fresh one each call for PostgreSQL; one SQLite file per test).</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var harness in harnesses) await harness.DisposeAsync();
    }

    [Fact]
    public async Task Should_QueueOnce_When_TheSameKeyIsSentTwice()
    {
        var harness = await StartAsync(await DatabaseAsync());

        Assert.True(await harness.Ledger.SendOnceAsync(Alert, Mail("Första"), CancellationToken.None));
        Assert.False(await harness.Ledger.SendOnceAsync(Alert, Mail("Andra"), CancellationToken.None));

        var (ledger, outbox) = await ReadAsync(harness);
        var entry = Assert.Single(ledger);
        var message = Assert.Single(outbox);
        Assert.Equal(message.Id, entry.OutboxId);
        Assert.Equal(("contract-alert:a:2027-03-31:6m", "contract-alert", "contract:a"), (entry.Key, entry.Kind, entry.Subject));
        Assert.Equal("contract:a", message.InstanceId);
        Assert.Equal("Första", JsonSerializer.Deserialize<EmailMessage>(message.Payload, ValueConverter.JsonOptions)!.TextBody);
        Assert.Equal(1, harness.OutboxWakeUp.Wakes);
        Assert.True(await harness.Ledger.IsRecordedAsync(Alert, CancellationToken.None));
        Assert.False(await harness.Ledger.IsRecordedAsync(Alert with { Occasion = "a:2027-03-31:3m" }, CancellationToken.None));
    }

    [Fact]
    public async Task Should_RecordNothing_When_TheRowsWrittenWithTheKeyFail()
    {
        var harness = await StartAsync(await DatabaseAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ledger.RecordOnceAsync(Test, null,
            _ => throw new InvalidOperationException("boom"), CancellationToken.None));

        Assert.False(await harness.Ledger.IsRecordedAsync(Test, CancellationToken.None));
        Assert.True(await harness.Ledger.RecordOnceAsync(Test, null, _ => Task.CompletedTask, CancellationToken.None));
        Assert.Single((await harness.Ledger.ForSubjectAsync("s", CancellationToken.None)));
    }

    [Fact]
    public async Task Should_DoEachKeyOnce_When_TwoHostsRaceWithManyAttempts()
    {
        var database = await DatabaseAsync();
        var first = await StartAsync(database);
        var second = await StartAsync(database);
        string[] keys = ["k1", "k2", "k3"];

        var attempts = Enumerable.Range(0, 24).Select(i =>
        {
            var host = i % 2 == 0 ? first : second;
            var key = keys[i % keys.Length];
            return Task.Run(() => host.Ledger.SendOnceAsync(new LedgerKey("contract-alert", $"contract:{key}", key), Mail(key), CancellationToken.None));
        }).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(keys.Length, results.Count(r => r));
        var (ledger, outbox) = await ReadAsync(first);
        Assert.Equal(keys.Select(k => $"contract-alert:{k}"), ledger.Select(r => r.Key).Order());
        Assert.Equal(keys.Length, outbox.Count);
        Assert.Equal(ledger.Select(r => r.OutboxId).Order(), outbox.Select(m => m.Id).Order());
        Assert.Equal(keys.Length, first.OutboxWakeUp.Wakes + second.OutboxWakeUp.Wakes);
    }

    [Fact]
    public async Task Should_TellATakenKeyFromOtherRefusals_When_TheDatabaseRefusesARow()
    {
        var harness = await StartAsync(await DatabaseAsync());
        Assert.True(await harness.Ledger.RecordOnceAsync(Test, null, _ => Task.CompletedTask, CancellationToken.None));

        var taken = await RefusedAsync(harness, new SentNotificationRow { Key = Test.Value, Kind = "test", Subject = "s", RecordedAt = DateTimeOffset.UtcNow });
        var incomplete = await RefusedAsync(harness, new SentNotificationRow { Key = "k2", Kind = null!, Subject = "s", RecordedAt = DateTimeOffset.UtcNow });

        Assert.True(taken.IsUniqueKeyViolation());
        Assert.False(incomplete.IsUniqueKeyViolation());
    }

    [Fact]
    public async Task Should_QueueEachNewKeyAndMessageOnce_When_ABatchIsSentTwice()
    {
        var harness = await StartAsync(await DatabaseAsync());
        Assert.True(await harness.Ledger.SendOnceAsync(Key("b1"), Mail("tidigare"), CancellationToken.None));
        LedgerMail[] mails = [new(Key("b1"), Mail("b1")), new(Key("b2"), Mail("b2")), new(Key("b3"), Mail("b3"))];
        OnceMessage[] messages = [Once("m1"), Once("m2")];

        var first = await harness.Ledger.SendManyOnceAsync(mails, messages, CancellationToken.None);
        var second = await harness.Ledger.SendManyOnceAsync(mails, messages, CancellationToken.None);

        Assert.Equal(["contract-alert:b2", "contract-alert:b3"], first.Sent.Select(k => k.Value));
        Assert.Equal(["m1", "m2"], first.Queued);
        Assert.Equal(0, second.Count);
        var (ledger, outbox) = await ReadAsync(harness);
        Assert.Equal(["contract-alert:b1", "contract-alert:b2", "contract-alert:b3"], ledger.Select(r => r.Key).Order());
        // Each key with its own email; the one sent before keeps its first text.
        Assert.Equal(["tidigare", "b2", "b3"], ledger.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => MailText(Assert.Single(outbox, m => m.Id == r.OutboxId))));
        Assert.Equal(["m1", "m2"], outbox.Where(m => m.Kind == "test-message").Select(m => m.Id).Order());
        Assert.Equal(2, harness.OutboxWakeUp.Wakes);
        Assert.Equal(["contract-alert:b1", "contract-alert:b3"], (await harness.Ledger.RecordedAsync([Key("b1"), Key("b3"), Key("b4")], CancellationToken.None)).Order());
    }

    [Fact]
    public async Task Should_WriteNothingOfTheBatch_When_OneOfItsRowsFails()
    {
        var harness = await StartAsync(await DatabaseAsync());
        LedgerMail[] mails = [new(Key("f1"), Mail("f1")), new(Key("f2"), Mail("f2"), _ => throw new InvalidOperationException("boom"))];

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Ledger.SendManyOnceAsync(mails, [Once("f")], CancellationToken.None));

        var (ledger, outbox) = await ReadAsync(harness);
        Assert.Empty(ledger);
        Assert.Empty(outbox);
        Assert.Equal(0, harness.OutboxWakeUp.Wakes);
    }

    [Fact]
    public async Task Should_DoEachKeyOnce_When_TwoHostsSendOverlappingBatches()
    {
        var database = await DatabaseAsync();
        var first = await StartAsync(database);
        var second = await StartAsync(database);
        var keys = Enumerable.Range(0, 12).Select(i => $"r{i:00}").ToList();

        // Each attempt sends a window of 6 keys and its messages; windows overlap, and both hosts send each window.
        var attempts = Enumerable.Range(0, 16).Select(i =>
        {
            var host = i % 2 == 0 ? first : second;
            var window = keys.Skip(i / 2 % 7).Take(6).ToList();
            return Task.Run(() => host.Ledger.SendManyOnceAsync(
                [.. window.Select(k => new LedgerMail(Key(k), Mail(k)))], [.. window.Select(k => Once($"m-{k}"))], CancellationToken.None));
        }).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(keys.Select(k => $"contract-alert:{k}"), results.SelectMany(r => r.Sent).Select(k => k.Value).Order());
        Assert.Equal(keys.Select(k => $"m-{k}"), results.SelectMany(r => r.Queued).Order());
        var (ledger, outbox) = await ReadAsync(first);
        Assert.Equal(keys.Count, ledger.Count);
        Assert.Equal(ledger.Select(r => r.OutboxId).Order(), outbox.Where(m => m.Kind == EmailMessage.Kind).Select(m => m.Id).Order());
        Assert.Equal(keys.Count, outbox.Count(m => m.Kind == "test-message"));
    }

    private async Task<LedgerHarness> StartAsync(DatabaseSettings database)
    {
        var harness = await LedgerHarness.StartAsync(database);
        harnesses.Add(harness);
        return harness;
    }

    private static async Task<(List<SentNotificationRow> Ledger, List<OutboxRow> Outbox)> ReadAsync(LedgerHarness harness)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return (await db.Set<SentNotificationRow>().AsNoTracking().ToListAsync(), await db.Outbox.AsNoTracking().ToListAsync());
    }

    private static async Task<DbUpdateException> RefusedAsync(LedgerHarness harness, SentNotificationRow row)
    {
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        db.Add(row);
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static LedgerKey Key(string occasion) => new("contract-alert", $"contract:{occasion}", occasion);

    private static OnceMessage Once(string id) => new(id, "test-message", "{}", "contract:x");

    private static string MailText(OutboxRow row) => JsonSerializer.Deserialize<EmailMessage>(row.Payload, ValueConverter.JsonOptions)!.TextBody;

    private static EmailMessage Mail(string text) => new()
    {
        To = [new EmailAddress("samordnare@example.org")],
        Subject = "Avtalsbevakning",
        TextBody = text,
    };
}
