using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Engine.Tests.Activities;
using ENamnd.Engine.Tests.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Runtime;

public class ResumeLinkTests
{
    private const string ApiBase = "https://enamnd.example.org/elsa/api";

    private static EngineHarness NewHarness() =>
        new(s => s.AddSingleton(new ResumeLinkSettings { ApiBaseUrl = ApiBase, Lifetime = TimeSpan.FromDays(10) }));

    private static IReadOnlyList<StepRecord> TokenRecords(EngineHarness harness) =>
        [.. harness.Services.GetRequiredService<InMemoryWorkflowStateStore>().Records.Where(r => r.Kind == ResumeTokens.RecordKind)];

    private static string TokenOf(string url, string route)
    {
        Assert.StartsWith($"{ApiBase}/{route}?t=", url, StringComparison.Ordinal);
        return Uri.UnescapeDataString(url[(url.IndexOf("?t=", StringComparison.Ordinal) + 3)..]);
    }

    [Fact]
    public async Task Should_StoreOnlyTheHashInTheStep_When_ScriptCreatesEventTriggerUrl()
    {
        var harness = NewHarness();

        var instance = await JavaScriptFunctionsTests.RunScriptAsync("createEventTriggerUrl('Avtal signerat')", harness);

        var token = TokenOf((string)instance.Variables["Result"]!, "events/trigger");
        Assert.Equal(32, Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length);
        var record = Assert.Single(TokenRecords(harness));
        var stored = ValueConverter.Convert<ResumeToken>(record.Payload)!;
        Assert.Equal((ResumeTokens.HashOf(token), ResumeTokens.EventKind, "Avtal signerat", instance.Id), (stored.Hash, stored.Kind, stored.Target, stored.InstanceId));
        Assert.Equal((EngineHarness.Epoch, EngineHarness.Epoch.AddDays(10), (DateTimeOffset?)null), (stored.CreatedAt, stored.ExpiresAt, stored.UsedAt));
        Assert.DoesNotContain(token, record.Payload.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(await harness.Services.GetRequiredService<IResumeTokenStore>().FindAsync(stored.Hash));
    }

    [Fact]
    public async Task Should_UseTheScriptsLifetimeOrExpiry_When_ScriptPassesOne()
    {
        var harness = NewHarness();

        await JavaScriptFunctionsTests.RunScriptAsync("[createEventTriggerUrl('a', '2.00:00:00'), createEventTriggerUrl('b', '2026-03-01T12:00:00Z')].join(' ')", harness);

        var expiries = TokenRecords(harness).Select(r => ValueConverter.Convert<ResumeToken>(r.Payload)!).ToDictionary(t => t.Target, t => t.ExpiresAt);
        Assert.Equal(EngineHarness.Epoch.AddDays(2), expiries["a"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), expiries["b"]);
    }

    [Fact]
    public async Task Should_FaultTheScript_When_TheExpiryHasPassed()
    {
        var harness = NewHarness();

        var instance = await JavaScriptFunctionsTests.RunScriptAsync("createEventTriggerUrl('a', '2020-01-01T00:00:00Z')", harness);

        Assert.Equal(WorkflowSubStatus.Faulted, instance.SubStatus);
        Assert.Empty(TokenRecords(harness));
    }

    [Fact]
    public async Task Should_LinkTheBookmarkOfItsOwnInstance_When_AnActivityAsksForABookmarkTriggerUrl()
    {
        var harness = NewHarness();
        var wait = new AwaitLink { Link = Output<string>.To("Link") };
        var definition = new WorkflowBuilder("lank", "Länk").WithVariable<string>("Link").Build(new Sequence(wait, new WriteLine("Klart")));

        var instance = await harness.RunAsync(definition);

        var bookmark = Assert.Single(await harness.BookmarksOfAsync(instance.Id));
        var token = TokenOf((string)instance.Variables["Link"]!, "bookmarks/resume");
        var stored = ValueConverter.Convert<ResumeToken>(Assert.Single(TokenRecords(harness)).Payload)!;
        Assert.Equal((ResumeTokens.HashOf(token), ResumeTokens.BookmarkKind, bookmark.Id, instance.Id), (stored.Hash, stored.Kind, stored.Target, stored.InstanceId));
    }
}
