using System.Text.Json;
using ENamnd.Activities.Email;
using ENamnd.Engine.Expressions;
using ENamnd.Host.Features.Contracts;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Features.Contracts;

/// <summary>
/// Contract monitoring run once a day on a manual clock, shortly after midnight Stockholm time (when the UTC
/// date is still the day before): each alert goes out on its Stockholm day, also across month ends, leap
/// days and both daylight-saving changes, and a second run the same day sends nothing new.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Scenario)]
public sealed class ContractExpiryMonitorTests : IAsyncLifetime
{
    private static readonly TimeOnly JustAfterMidnight = new(0, 30);
    private readonly ContractsHostFactory host = new();

    public Task InitializeAsync() => host.StartAsync();

    public Task DisposeAsync()
    {
        host.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Should_SendEachAlertOnItsStockholmDay_When_RunDailyAcrossMonthEndsAndDaylightSavingChanges()
    {
        var monthEnd = await host.AddContractAsync("Månadsslut", new DateOnly(2026, 8, 31));
        var springForward = await host.AddContractAsync("Sommartid", new DateOnly(2026, 6, 29));
        var fallBack = await host.AddContractAsync("Vintertid", new DateOnly(2026, 11, 25));

        var sent = await RunDailyAsync(new DateOnly(2025, 6, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(Expected(
            (monthEnd.Id, "2026-08-31", 12, "2025-08-31"),
            (monthEnd.Id, "2026-08-31", 6, "2026-02-28"),
            (monthEnd.Id, "2026-08-31", 3, "2026-05-31"),
            (monthEnd.Id, "2026-08-31", 1, "2026-07-31"),
            (springForward.Id, "2026-06-29", 12, "2025-06-29"),
            (springForward.Id, "2026-06-29", 6, "2025-12-29"),
            (springForward.Id, "2026-06-29", 3, "2026-03-29"),
            (springForward.Id, "2026-06-29", 1, "2026-05-29"),
            (fallBack.Id, "2026-11-25", 12, "2025-11-25"),
            (fallBack.Id, "2026-11-25", 6, "2026-05-25"),
            (fallBack.Id, "2026-11-25", 3, "2026-08-25"),
            (fallBack.Id, "2026-11-25", 1, "2026-10-25")), sent.Where(s => s.Key.StartsWith("contract-alert:", StringComparison.Ordinal)).ToList());
        // Ended without a decision: one warning each, the day after the end.
        Assert.Equal(Expected(
            (monthEnd.Id, "2026-08-31", 0, "2026-09-01"),
            (springForward.Id, "2026-06-29", 0, "2026-06-30"),
            (fallBack.Id, "2026-11-25", 0, "2026-11-26")), sent.Where(s => s.Key.StartsWith("contract-expired:", StringComparison.Ordinal)).ToList());
    }

    [Fact]
    public async Task Should_SendEachAlertOnItsDay_When_DeadlinesMeetLeapDays()
    {
        var endsOnLeapDay = await host.AddContractAsync("Skottdag", new DateOnly(2028, 2, 29));
        var alertOnLeapDay = await host.AddContractAsync("Månadsslut skottår", new DateOnly(2028, 3, 31));

        var sent = await RunDailyAsync(new DateOnly(2027, 2, 1), new DateOnly(2028, 3, 31));

        Assert.Equal(Expected(
            (endsOnLeapDay.Id, "2028-02-29", 12, "2027-02-28"),
            (alertOnLeapDay.Id, "2028-03-31", 12, "2027-03-31"),
            (endsOnLeapDay.Id, "2028-02-29", 6, "2027-08-29"),
            (alertOnLeapDay.Id, "2028-03-31", 6, "2027-09-30"),
            (endsOnLeapDay.Id, "2028-02-29", 3, "2027-11-29"),
            (alertOnLeapDay.Id, "2028-03-31", 3, "2027-12-31"),
            (endsOnLeapDay.Id, "2028-02-29", 1, "2028-01-29"),
            (alertOnLeapDay.Id, "2028-03-31", 1, "2028-02-29"),
            (endsOnLeapDay.Id, "2028-02-29", 0, "2028-03-01")), sent.OrderBy(s => s.Day).ThenBy(s => s.Key, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Should_SendOnlyTheLatestMissedAlert_When_TheHostWasDownOnAlertDays()
    {
        var contract = await host.AddContractAsync("E-tjänsteplattform", new DateOnly(2026, 8, 31), noticeMonths: 0);

        // Down from before the 6-month alert (28 Feb) until after the 3-month alert (31 May).
        // One alert, and the decision workflow it starts.
        Assert.Equal(2, await host.RunMonitorAtAsync(new DateOnly(2026, 6, 15), new TimeOnly(6, 0)));
        Assert.Equal(0, await host.RunMonitorAtAsync(new DateOnly(2026, 6, 16), new TimeOnly(6, 0)));

        var alerts = await host.LedgerAsync(ContractLedgerKeys.AlertKind);
        Assert.Equal([ContractLedgerKeys.Alert(contract.Id, new DateOnly(2026, 8, 31), 3).Value], alerts.Select(a => a.Key));
    }

    [Fact]
    public async Task Should_MailOwnerAndCoordinatorInSwedish_When_AnAlertIsDue()
    {
        var contract = await host.AddContractAsync("E-tjänsteplattform", new DateOnly(2027, 12, 31), noticeMonths: 6,
            options: [new(24, new DateOnly(2027, 3, 31))]);

        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        // The outbox also holds the decision workflow's task emails; the alert is the contract's own message.
        var outbox = Assert.Single(await host.OutboxAsync(), m => m.InstanceId == contract.Subject);
        var mail = JsonSerializer.Deserialize<EmailMessage>(outbox.Payload, ValueConverter.JsonOptions)!;
        Assert.Equal([ContractsHostFactory.OwnerEmail, ContractsHostFactory.CoordinatorEmail], mail.To.Select(t => t.Address));
        Assert.Contains("E-tjänsteplattform", mail.Subject);
        Assert.Contains("31 mars 2027", mail.Subject);
        Assert.Contains("optionen att förlänga avtalet 24 månader", mail.TextBody);
        Assert.Contains("Leverantör: Leverantör AB", mail.TextBody);
        Assert.Contains("Avtalstid: 31 december 2023 – 31 december 2027", mail.TextBody);
        Assert.Contains("Kommuner: Luleå, Boden", mail.TextBody);
        // The owner by name; no link, since the register has no page a person can open.
        Assert.Contains($"Avtalsägare: Förvaltningsledaren ({ContractsHostFactory.OwnerEmail})\n", mail.TextBody);
        Assert.DoesNotContain("/api/", mail.TextBody);
        var entry = Assert.Single(await host.LedgerAsync(ContractLedgerKeys.AlertKind));
        Assert.Equal(ContractLedgerKeys.Alert(contract.Id, new DateOnly(2027, 3, 31), 3).Value, entry.Key);
        Assert.Equal(outbox.Id, entry.OutboxId);
    }

    [Fact]
    public async Task Should_NameTheOwningRoleAndItsHolder_When_TheOwnerIsARole()
    {
        var contract = await host.AddContractAsync("E-arkiv", new DateOnly(2027, 12, 31), noticeMonths: 6, owner: "roll:samordnare");

        await host.RunMonitorAtAsync(new DateOnly(2026, 12, 31), new TimeOnly(6, 0));

        var mail = JsonSerializer.Deserialize<EmailMessage>(Assert.Single(await host.OutboxAsync(), m => m.InstanceId == contract.Subject).Payload, ValueConverter.JsonOptions)!;
        Assert.Contains("Avtalsägare: e-samordnaren (E-samordnaren)\n", mail.TextBody);
        Assert.DoesNotContain("roll:", mail.TextBody);
    }

    private async Task<List<SentItem>> RunDailyAsync(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var before = (await host.LedgerAsync()).Count;
            await host.RunMonitorAtAsync(day, JustAfterMidnight);
            var afterFirst = (await host.LedgerAsync()).Count;
            // A second run the same day (a retry, a manual trigger) does nothing new.
            Assert.Equal(0, await host.RunMonitorAtAsync(day, JustAfterMidnight.AddMinutes(1)));
            Assert.Equal(afterFirst, (await host.LedgerAsync()).Count);
            Assert.True(afterFirst >= before);
        }
        return (await host.LedgerAsync())
            .Select(r => new SentItem(r.Key, DateOnly.FromDateTime(StockholmTime.ToLocal(r.RecordedAt).DateTime)))
            .OrderBy(s => s.Day).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
    }

    private static List<SentItem> Expected(params (string Id, string Deadline, int Lead, string Day)[] items) =>
        items.Select(i => new SentItem(
                (i.Lead == 0 ? ContractLedgerKeys.Expired(i.Id, Day(i.Deadline)) : ContractLedgerKeys.Alert(i.Id, Day(i.Deadline), i.Lead)).Value,
                Day(i.Day)))
            .OrderBy(s => s.Day).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record SentItem(string Key, DateOnly Day);
}
