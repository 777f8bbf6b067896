using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>DELETE /workflow-instances/{id}</c> and the instance list's bulk delete and cancel.</summary>
public class InstanceDeletionTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private IDbContextFactory<ENamndDbContext> Contexts => factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();

    // Runs a published definition once per correlation id: one that waits on an event, or one that ends at once.
    private async Task<(string DefinitionId, string[] InstanceIds)> RunAsync(bool waits, params string[] correlationIds)
    {
        var activities = waits ? new[] { ElsaJson.WriteLine("a1", "Start"), ElsaJson.Event("e1", "godkänt") } : [ElsaJson.WriteLine("a1", "Klart")];
        var definition = await api.SaveAsync(ElsaJson.Chain(null, $"Radering {Guid.NewGuid():N}", activities), publish: true);
        var ids = new List<string>();
        foreach (var correlationId in correlationIds)
        {
            var response = await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject { ["correlationId"] = correlationId });
            ids.Add((string)(await DesignerApi.ReadObjectAsync(response))["id"]!);
        }
        return ((string)definition["definitionId"]!, [.. ids]);
    }

    private async Task<(int Journal, int Bookmarks)> RowsOfAsync(string instanceId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return (await db.Journal.CountAsync(r => r.InstanceId == instanceId), await db.Bookmarks.CountAsync(r => r.InstanceId == instanceId));
    }

    [Fact]
    public async Task Should_DeleteTheInstanceAndItsJournal_When_ItHasEnded()
    {
        var (_, ids) = await RunAsync(waits: false, "radera-1");
        Assert.NotEqual(0, (await RowsOfAsync(ids[0])).Journal);

        var response = await api.DeleteAsync($"/workflow-instances/{ids[0]}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-instances/{ids[0]}")).StatusCode);
        Assert.Equal((0, 0), await RowsOfAsync(ids[0]));
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/workflow-instances/{ids[0]}")).StatusCode);
    }

    [Fact]
    public async Task Should_CancelAndDeleteWithItsBookmarks_When_TheInstanceWaits()
    {
        var (_, ids) = await RunAsync(waits: true, "radera-2");
        Assert.Equal(1, (await RowsOfAsync(ids[0])).Bookmarks);

        var response = await api.DeleteAsync($"/workflow-instances/{ids[0]}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((0, 0), await RowsOfAsync(ids[0]));
    }

    [Fact]
    public async Task Should_KeepTheInstanceRunningAndAnswer409_When_ACaseNamesIt()
    {
        var caseNumber = $"RAD-{Guid.NewGuid():N}"[..16];
        var (_, ids) = await RunAsync(waits: true, caseNumber);
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            db.Add(new CaseRow { Id = Guid.NewGuid().ToString("N"), CaseNumber = caseNumber, Title = "Ärende", InstanceId = "huvudprocess" });
            await db.SaveChangesAsync();
        }

        var response = await api.DeleteAsync($"/workflow-instances/{ids[0]}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains($"hör till ärendet {caseNumber}", await response.Content.ReadAsStringAsync());
        var instance = await api.GetObjectAsync($"/workflow-instances/{ids[0]}");
        Assert.Equal("Running", (string?)instance["status"]);
        Assert.Equal(1, (await RowsOfAsync(ids[0])).Bookmarks);
    }

    [Fact]
    public async Task Should_DeleteTheNamedInstances_When_BulkDeleted()
    {
        var (_, ids) = await RunAsync(waits: false, "bulk-1", "bulk-2", "bulk-3");
        var (definitionId, others) = await RunAsync(waits: true, "bulk-4", "bulk-5");

        var byId = await api.PostObjectAsync("/bulk-actions/delete/workflow-instances", new JsonObject { ["ids"] = new JsonArray(ids[0], ids[1], "saknas") });
        var byDefinition = await api.PostObjectAsync("/bulk-actions/delete/workflow-instances/by-id", new JsonObject { ["workflowDefinitionIds"] = new JsonArray(definitionId) });
        var nothing = await api.PostAsync("/bulk-actions/delete/workflow-instances", new JsonObject());

        Assert.Equal(2, (long)byId["deleted"]!);
        Assert.Equal(2, (long)byDefinition["deleted"]!);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/workflow-instances/{ids[2]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-instances/{others[1]}")).StatusCode);
        Assert.NotEmpty(await DesignerApi.ErrorsAsync(nothing));
    }

    [Fact]
    public async Task Should_CancelTheSelectedRunningInstances_When_BulkCancelled()
    {
        var (definitionId, ids) = await RunAsync(waits: true, "avbryt-1", "avbryt-2", "avbryt-3");
        var (_, ended) = await RunAsync(waits: false, "avbryt-4");

        var byId = await api.PostObjectAsync("/bulk-actions/cancel/workflow-instances", new JsonObject { ["ids"] = new JsonArray(ids[0], ended[0]) });
        var byDefinition = await api.PostObjectAsync("/bulk-actions/cancel/workflow-instances",
            new JsonObject { ["definitionId"] = definitionId, ["versionOptions"] = "Published" });
        var halfAsked = await api.PostAsync("/bulk-actions/cancel/workflow-instances", new JsonObject { ["definitionId"] = definitionId });
        var unreadable = await api.PostAsync("/bulk-actions/cancel/workflow-instances", new JsonObject { ["definitionId"] = definitionId, ["versionOptions"] = "Nyast" });

        Assert.Equal(1, (int)byId["cancelled"]!);
        Assert.Equal(2, (int)byDefinition["cancelled"]!);
        var instance = await api.GetObjectAsync($"/workflow-instances/{ids[2]}");
        Assert.Equal("Cancelled", (string?)instance["subStatus"]);
        Assert.NotEmpty(await DesignerApi.ErrorsAsync(halfAsked));
        Assert.NotEmpty(await DesignerApi.ErrorsAsync(unreadable));
    }
}
