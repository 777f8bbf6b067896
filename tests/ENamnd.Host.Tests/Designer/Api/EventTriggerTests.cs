using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary><c>POST /events/{eventName}/trigger</c>: Elsa's event resumes the instances waiting for it.</summary>
public class EventTriggerTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // Starts one instance per case number of a workflow that waits for eventName and then ends.
    private async Task<string[]> StartWaitingAsync(string eventName, params string[] correlationIds)
    {
        var definition = await api.SaveAsync(ElsaJson.Chain(null, $"Händelse {Guid.NewGuid():N}", ElsaJson.Event("e1", eventName), ElsaJson.WriteLine("a1", "Klart")), publish: true);
        var ids = new List<string>();
        foreach (var correlationId in correlationIds)
        {
            var response = await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject { ["correlationId"] = correlationId });
            ids.Add((string)(await DesignerApi.ReadObjectAsync(response))["id"]!);
        }
        return [.. ids];
    }

    private async Task<string?> StatusAsync(string instanceId) => (string?)(await api.GetObjectAsync($"/workflow-instances/{instanceId}"))["status"];

    [Fact]
    public async Task Should_ResumeEveryInstanceWaitingForTheEvent_When_Triggered()
    {
        var eventName = $"godkänt-{Guid.NewGuid():N}";
        var ids = await StartWaitingAsync(eventName, "h-1", "h-2");
        var others = await StartWaitingAsync($"annat-{Guid.NewGuid():N}", "h-3");

        var answer = await api.PostObjectAsync($"/events/{eventName}/trigger", new JsonObject { ["input"] = new JsonObject { ["beslut"] = "ja" } });

        Assert.Equal(2, (int)answer["resumed"]!);
        Assert.Equal("Finished", await StatusAsync(ids[0]));
        Assert.Equal("Finished", await StatusAsync(ids[1]));
        Assert.Equal("Running", await StatusAsync(others[0]));
    }

    [Fact]
    public async Task Should_ResumeOnlyTheNamedCase_When_ACorrelationIdIsGiven()
    {
        var eventName = $"signerat-{Guid.NewGuid():N}";
        var ids = await StartWaitingAsync(eventName, "k-1", "k-2");

        var answer = await api.PostObjectAsync($"/events/{eventName}/trigger", new JsonObject { ["correlationId"] = "k-2" });
        var none = await api.PostObjectAsync($"/events/{eventName}-saknas/trigger", new JsonObject());

        Assert.Equal(1, (int)answer["resumed"]!);
        Assert.Equal("Running", await StatusAsync(ids[0]));
        Assert.Equal("Finished", await StatusAsync(ids[1]));
        Assert.Equal(0, (int)none["resumed"]!);
    }

    [Fact]
    public async Task Should_LeaveACaseInstanceWaiting_When_TheEventComesFromTheApi()
    {
        var eventName = $"avtal-{Guid.NewGuid():N}";
        var caseNumber = $"EV-{Guid.NewGuid():N}"[..14];
        var ids = await StartWaitingAsync(eventName, caseNumber);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync())
        {
            db.Add(new CaseRow { Id = Guid.NewGuid().ToString("N"), CaseNumber = caseNumber, Title = "Ärende", InstanceId = "huvudprocess" });
            await db.SaveChangesAsync();
        }

        var answer = await api.PostObjectAsync($"/events/{eventName}/trigger", new JsonObject());

        Assert.Equal(0, (int)answer["resumed"]!);
        Assert.Equal("Running", await StatusAsync(ids[0]));
    }

    [Fact]
    public async Task Should_Answer400_When_TheInputIsNoObject()
    {
        var response = await api.PostAsync("/events/x/trigger", new JsonObject { ["input"] = new JsonArray(1, 2) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
