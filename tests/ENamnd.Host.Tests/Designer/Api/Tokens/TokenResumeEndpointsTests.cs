using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api.Tokens;

/// <summary>Elsa's resume links, <c>/elsa/api/events/trigger?t=</c> and <c>/elsa/api/bookmarks/resume?t=</c>: anonymous, single use, never logged.</summary>
public class TokenResumeEndpointsTests(TaskHostFactory factory) : IClassFixture<TaskHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());
    private readonly HttpClient anonymous = factory.CreateClient();

    // A published workflow that makes a link to its event, waits for the event and ends; started once.
    private async Task<(string InstanceId, string Token)> StartWithEventLinkAsync(string eventName, string validity = "")
    {
        var script = validity.Length == 0 ? $"createEventTriggerUrl('{eventName}')" : $"createEventTriggerUrl('{eventName}', '{validity}')";
        var model = ElsaJson.Chain(null, $"Länk {Guid.NewGuid():N}", ElsaJson.SetVariable("s1", "Link", script), ElsaJson.Event("e1", eventName), ElsaJson.WriteLine("a1", "Klart"));
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "Link", ["name"] = "Link", ["typeName"] = "String", ["value"] = "" });
        var definition = await api.SaveAsync(model, publish: true);
        var started = await DesignerApi.ReadObjectAsync(await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject()));
        var instanceId = (string)started["id"]!;
        var instance = await factory.Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId);
        var link = (string)instance!.Variables["Link"]!;
        Assert.StartsWith($"{TaskHostFactory.PublicBaseUrl}/elsa/api/events/trigger?t=", link, StringComparison.Ordinal);
        return (instanceId, Uri.UnescapeDataString(link[(link.IndexOf("?t=", StringComparison.Ordinal) + 3)..]));
    }

    private async Task<string?> StatusAsync(string instanceId) => (await factory.Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceId))?.Status.ToString();

    private static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!;
    }

    [Fact]
    public async Task Should_ResumeOnceWithoutSigningIn_When_AnEventLinkIsUsedTwice()
    {
        var (instanceId, token) = await StartWithEventLinkAsync($"signerat-{Guid.NewGuid():N}");

        var first = await anonymous.GetAsync($"/elsa/api/events/trigger?t={Uri.EscapeDataString(token)}&in={Uri.EscapeDataString("""{"beslut":"ja"}""")}");
        var second = await anonymous.GetAsync($"/elsa/api/events/trigger?t={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var body = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((instanceId, 1), ((string)body["workflowInstanceId"]!, (int)body["resumed"]!));
        Assert.Equal("Finished", await StatusAsync(instanceId));
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Contains("redan använts", await DetailAsync(second), StringComparison.Ordinal);
        Assert.DoesNotContain(token, factory.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_StoreOnlyTheTokensHash_When_AWorkflowMakesALink()
    {
        var (instanceId, token) = await StartWithEventLinkAsync($"lagrat-{Guid.NewGuid():N}");

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var row = await db.Set<ResumeTokenRow>().SingleAsync(r => r.InstanceId == instanceId);
        Assert.Equal(ResumeTokens.HashOf(token), row.Hash);
        Assert.DoesNotContain(token, string.Join("|", row.Hash, row.Kind, row.Target, row.InstanceId), StringComparison.Ordinal);
        Assert.DoesNotContain(token, factory.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_RefuseTheLink_When_ItHasExpired()
    {
        var (instanceId, token) = await StartWithEventLinkAsync($"sen-{Guid.NewGuid():N}", "00:10:00");
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        var response = await anonymous.PostAsync($"/elsa/api/events/trigger?t={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("gått ut", await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal("Running", await StatusAsync(instanceId));
    }

    [Fact]
    public async Task Should_Answer404Or400_When_TheTokenIsUnknownOrMissing()
    {
        var unknown = await anonymous.GetAsync($"/elsa/api/bookmarks/resume?t={ResumeTokens.New()}");
        var missing = await anonymous.GetAsync("/elsa/api/events/trigger");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("ogiltig", await DetailAsync(unknown), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task Should_ResumeTheBookmarkWithThePostedInput_When_ABookmarkLinkIsPostedOnce()
    {
        var (instanceId, eventToken) = await StartWithEventLinkAsync($"bokmärke-{Guid.NewGuid():N}");
        var bookmark = Assert.Single(await factory.Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instanceId));
        var token = ResumeTokens.New();
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync())
        {
            var now = factory.Clock.GetUtcNow();
            db.Add(new ResumeTokenRow
            {
                Hash = ResumeTokens.HashOf(token), Kind = ResumeTokens.BookmarkKind, Target = bookmark.Id, InstanceId = instanceId, CreatedAt = now, ExpiresAt = now.AddDays(1),
            });
            await db.SaveChangesAsync();
        }
        var url = $"/elsa/api/bookmarks/resume?t={Uri.EscapeDataString(token)}";

        var wrongKind = await anonymous.GetAsync($"/elsa/api/bookmarks/resume?t={Uri.EscapeDataString(eventToken)}");
        var badInput = await anonymous.PostAsync(url, JsonContent.Create(new JsonObject { ["input"] = new JsonArray(1) }));
        var first = await anonymous.PostAsync(url, JsonContent.Create(new JsonObject { ["input"] = new JsonObject { ["svar"] = "ja" } }));
        var second = await anonymous.PostAsync(url, null);

        Assert.Equal(HttpStatusCode.NotFound, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badInput.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("Finished", await StatusAsync(instanceId));
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.DoesNotContain(token, factory.LogText, StringComparison.Ordinal);
    }
}
