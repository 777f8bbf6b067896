using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Api;

public class InstanceEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // A published approval flow started as case number correlationId: it waits on its event.
    private async Task<(JsonObject Definition, string InstanceId)> StartWaitingAsync(string correlationId)
    {
        var model = ElsaJson.Chain(null, $"Godkännande {correlationId}", ElsaJson.WriteLine("a1", "Start"), ElsaJson.Event("e1", "godkänt"), ElsaJson.WriteLine("a2", "Klart"));
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v1", ["name"] = "Beslut", ["typeName"] = "String", ["value"] = "väntar" });
        var definition = await api.SaveAsync(model, publish: true);
        var response = await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject { ["correlationId"] = correlationId });
        return (definition, (string)(await DesignerApi.ReadObjectAsync(response))["id"]!);
    }

    [Fact]
    public async Task Should_ListInstancesAsSummaries_When_InstanceListFilters()
    {
        var (definition, instanceId) = await StartWaitingAsync($"lista-{Guid.NewGuid():N}");
        var body = new JsonObject
        {
            ["page"] = 0, ["pageSize"] = 10, ["searchTerm"] = "", ["definitionIds"] = new JsonArray((string?)definition["definitionId"]),
            ["statuses"] = new JsonArray("Running"), ["subStatuses"] = new JsonArray(), ["isSystem"] = false,
            ["orderBy"] = "Created", ["orderDirection"] = "Descending", ["timestampFilters"] = new JsonArray(),
        };

        var page = await api.PostObjectAsync("/workflow-instances", body);
        var finished = await api.PostObjectAsync("/workflow-instances", new JsonObject { ["definitionIds"] = new JsonArray((string?)definition["definitionId"]), ["statuses"] = new JsonArray("Finished") });

        JsonAssert.HasKeys(page, "items", "totalCount", "links");
        Assert.Equal(1, (int)page["totalCount"]!);
        var summary = page["items"]![0];
        JsonAssert.HasKeys(summary, "id", "definitionId", "definitionVersionId", "version", "status", "subStatus", "correlationId", "name",
            "incidentCount", "createdAt", "updatedAt", "finishedAt");
        JsonAssert.CamelCase(summary);
        Assert.Equal(instanceId, (string?)summary!["id"]);
        Assert.Equal("Running", (string?)summary["status"]);
        Assert.Equal("Suspended", (string?)summary["subStatus"]);
        Assert.Equal((string?)definition["id"], (string?)summary["definitionVersionId"]);
        Assert.Equal(0, (int)finished["totalCount"]!);
    }

    [Fact]
    public async Task Should_ReturnInstanceWithWorkflowState_When_ViewerOpens()
    {
        var (definition, instanceId) = await StartWaitingAsync("2024/3");

        var instance = await api.GetObjectAsync($"/workflow-instances/{instanceId}");

        JsonAssert.HasKeys(instance, "id", "definitionId", "definitionVersionId", "version", "workflowState", "status", "subStatus",
            "correlationId", "name", "incidentCount", "createdAt", "updatedAt", "finishedAt");
        var state = instance["workflowState"];
        JsonAssert.HasArrays(state, "bookmarks", "incidents", "completionCallbacks", "activityExecutionContexts");
        JsonAssert.HasObjects(state, "input", "output", "properties");
        Assert.Equal("2024/3", (string?)instance["correlationId"]);
        Assert.Equal("Godkännande 2024/3", (string?)instance["name"]);
        Assert.Equal((string?)definition["id"], (string?)instance["definitionVersionId"]);
        Assert.Contains(state!["activityExecutionContexts"]!.AsArray(), c => c!["parentContextId"] is null);
        Assert.Equal("Elsa.Event", (string?)state["bookmarks"]![0]!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/workflow-instances/saknas")).StatusCode);
    }

    [Fact]
    public async Task Should_ReturnFilteredJournalPages_When_ViewerReadsJournal()
    {
        var (_, instanceId) = await StartWaitingAsync("2024/4");
        var filter = new JsonObject
        {
            ["filter"] = new JsonObject
            {
                ["activityNodeIds"] = new JsonArray("Workflow1:fc1:a1", "Workflow1:fc1:e1"),
                ["excludedActivityTypes"] = new JsonArray("Elsa.Workflow", "Elsa.Flowchart"),
            },
        };

        var all = await api.GetObjectAsync($"/workflow-instances/{instanceId}/journal");
        var filtered = await api.PostObjectAsync($"/workflow-instances/{instanceId}/journal?skip=0&take=2", filter);

        Assert.Contains(all["items"]!.AsArray(), r => (string?)r!["activityType"] == "Elsa.Flowchart");
        JsonAssert.HasKeys(filtered, "items", "totalCount");
        Assert.Equal(2, filtered["items"]!.AsArray().Count);
        Assert.True((int)filtered["totalCount"]! >= 3);
        var record = filtered["items"]![0];
        JsonAssert.HasKeys(record, "id", "activityInstanceId", "parentActivityInstanceId", "activityId", "activityType", "activityTypeVersion",
            "activityName", "nodeId", "timestamp", "sequence", "eventName", "message", "source", "activityState", "payload");
        Assert.Equal("Workflow1:fc1:a1", (string?)record!["nodeId"]);
        Assert.Equal("Started", (string?)record["eventName"]);
        Assert.Equal(1, (int)record["activityTypeVersion"]!);
        var sequences = all["items"]!.AsArray().Select(r => (long)r!["sequence"]!).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task Should_ReportExecutionsAndStateAndVariables_When_ViewerPolls()
    {
        var (_, instanceId) = await StartWaitingAsync("2024/5");

        var state = await api.GetObjectAsync($"/workflow-instances/{instanceId}/execution-state");
        var variables = await api.GetObjectAsync($"/workflow-instances/{instanceId}/variables");
        var summaries = await api.GetObjectAsync($"/activity-execution-summaries/list?WorkflowInstanceId={instanceId}&ActivityNodeId=Workflow1:fc1:e1");
        var report = await api.PostObjectAsync("/activity-executions/report",
            new JsonObject { ["workflowInstanceId"] = instanceId, ["activityNodeIds"] = new JsonArray("Workflow1:fc1:a1", "Workflow1:fc1:e1", "Workflow1:fc1:a2") });

        Assert.Equal("Running", (string?)state["status"]);
        Assert.Equal("Suspended", (string?)state["workflowSubStatus"]);
        JsonAssert.HasKeys(state, "updatedAt");
        var variable = Assert.Single(variables["items"]!.AsArray());
        Assert.Equal(("v1", "Beslut", "väntar"), ((string?)variable!["id"], (string?)variable["name"], (string?)variable["value"]));
        var waiting = Assert.Single(summaries["items"]!.AsArray());
        Assert.Equal(1, (int)summaries["count"]!);
        Assert.Equal(("Running", true), ((string?)waiting!["status"], (bool)waiting["hasBookmarks"]!));
        var stats = report["stats"]!.AsArray().ToDictionary(s => (string)s!["activityNodeId"]!);
        Assert.Equal(2, stats.Count);
        Assert.True((bool)stats["Workflow1:fc1:e1"]!["isBlocked"]!);
        Assert.Equal(1, (int)stats["Workflow1:fc1:a1"]!["completedCount"]!);
    }

    [Fact]
    public async Task Should_ReturnFusedExecutionRecord_When_ActivityCompleted()
    {
        var (_, instanceId) = await StartWaitingAsync("2024/6");
        var summaries = await api.GetObjectAsync($"/activity-execution-summaries/list?WorkflowInstanceId={instanceId}&ActivityNodeId=Workflow1:fc1:a1");
        var id = (string)summaries["items"]![0]!["id"]!;

        var record = await api.GetObjectAsync($"/activity-executions/by-id?id={Uri.EscapeDataString(id)}");
        var list = await api.GetObjectAsync($"/activity-executions/list?WorkflowInstanceId={instanceId}&ActivityNodeId=Workflow1:fc1:a1");
        var callStack = await api.GetObjectAsync($"/activity-executions/{Uri.EscapeDataString(id)}/call-stack");

        JsonAssert.HasKeys(record, "id", "workflowInstanceId", "activityId", "activityNodeId", "activityType", "activityTypeVersion", "activityName",
            "activityState", "payload", "outputs", "properties", "metadata", "exception", "startedAt", "hasBookmarks", "status",
            "aggregateFaultCount", "completedAt");
        Assert.Equal("Completed", (string?)record["status"]);
        Assert.IsType<JsonObject>(record["activityState"]);
        Assert.NotNull(record["completedAt"]);
        Assert.Equal(id, (string?)Assert.Single(list["items"]!.AsArray())!["id"]);
        Assert.Equal(id, (string?)callStack["activityExecutionId"]);
        Assert.Equal(1, (int)callStack["totalCount"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/activity-executions/by-id?id=saknas")).StatusCode);
    }

    [Fact]
    public async Task Should_ShowFinishedCase_When_BookmarkResumed()
    {
        var (_, instanceId) = await StartWaitingAsync("2024/7");
        var bookmarkId = (string)(await api.GetObjectAsync($"/workflow-instances/{instanceId}"))["workflowState"]!["bookmarks"]![0]!["id"]!;

        await factory.Services.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId);

        var instance = await api.GetObjectAsync($"/workflow-instances/{instanceId}");
        var state = await api.GetObjectAsync($"/workflow-instances/{instanceId}/execution-state");
        var journal = await api.GetObjectAsync($"/workflow-instances/{instanceId}/journal");
        Assert.Equal(("Finished", "Finished"), ((string?)instance["status"], (string?)instance["subStatus"]));
        Assert.NotNull(instance["finishedAt"]);
        Assert.Equal("Finished", (string?)state["status"]);
        Assert.Contains(journal["items"]!.AsArray(), r => (string?)r!["nodeId"] == "Workflow1:fc1:a2" && (string?)r["eventName"] == "Completed");
        Assert.Contains(journal["items"]!.AsArray(), r => (string?)r!["eventName"] == "Resumed");
    }

    [Fact]
    public async Task Should_CancelCase_When_CancelRequested()
    {
        var (_, instanceId) = await StartWaitingAsync("2024/8");

        var cancelled = await api.PostObjectAsync($"/cancel/workflow-instances/{instanceId}", null);

        Assert.Equal("Cancelled", (string?)cancelled["subStatus"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/cancel/workflow-instances/saknas", null)).StatusCode);
    }
}
