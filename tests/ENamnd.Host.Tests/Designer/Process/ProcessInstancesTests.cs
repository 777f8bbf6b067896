using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;
using ENamnd.Workflows.Process;

namespace ENamnd.Host.Tests.Designer.Process;

/// <summary>A real case in the designer's instance list and viewer: the main process and the subprocess it runs.</summary>
public class ProcessInstancesTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ListMainProcessAndRunningSubprocess_When_CaseStarted()
    {
        var mainId = ProcessCase.InstanceIdOf(await ProcessCase.StartAsync(api.Client, "Digital signering", "2022/7-2.2.0.1"));

        var page = await api.PostObjectAsync("/workflow-instances", new JsonObject
        {
            ["correlationId"] = "2022/7-2.2.0.1", ["statuses"] = new JsonArray("Running"), ["orderBy"] = "Created", ["orderDirection"] = "Ascending",
        });

        var items = page["items"]!.AsArray();
        Assert.Equal(2, (int)page["totalCount"]!);
        Assert.Equal([ProcessIds.MainProcess, ProcessIds.Qualification], items.Select(i => (string?)i!["definitionId"]));
        Assert.Equal(mainId, (string?)items[0]!["id"]);
        Assert.All(items, i => Assert.Equal(("Running", "Suspended", 1), ((string?)i!["status"], (string?)i["subStatus"], (int)i["version"]!)));
        var child = await api.GetObjectAsync($"/workflow-instances/{items[1]!["id"]}");
        Assert.Equal(mainId, (string?)child["parentWorkflowInstanceId"]);
        Assert.Equal("Kvalificering av idé", (string?)child["name"]);
    }

    [Fact]
    public async Task Should_ShowJournalAndWaitingSubprocessNode_When_ViewerOpensMainProcess()
    {
        var mainId = ProcessCase.InstanceIdOf(await ProcessCase.StartAsync(api.Client, "E-tjänsteplattform", "2022/8-2.2.0.1"));
        var subprocessNode = $"Workflow1:Flow:{ProcessIds.Qualification}";

        var instance = await api.GetObjectAsync($"/workflow-instances/{mainId}");
        var definition = await api.GetObjectAsync($"/workflow-definitions/by-id/{instance["definitionVersionId"]}");
        var journal = await api.GetObjectAsync($"/workflow-instances/{mainId}/journal");
        var state = await api.GetObjectAsync($"/workflow-instances/{mainId}/execution-state");
        var summaries = await api.GetObjectAsync($"/activity-execution-summaries/list?WorkflowInstanceId={mainId}&ActivityNodeId={subprocessNode}");
        var report = await api.PostObjectAsync("/activity-executions/report",
            new JsonObject { ["workflowInstanceId"] = mainId, ["activityNodeIds"] = new JsonArray(subprocessNode, "Workflow1:Flow:Start") });

        Assert.Equal(ProcessIds.MainProcess, (string?)definition["definitionId"]);
        var records = journal["items"]!.AsArray();
        Assert.Equal((int)journal["totalCount"]!, records.Count);
        Assert.Contains(records, r => (string?)r!["nodeId"] == subprocessNode && (string?)r["activityType"] == "Elsa.ExecuteWorkflow" && (string?)r["eventName"] == "Started");
        Assert.Contains(records, r => (string?)r!["nodeId"] == "Workflow1:Flow:Start" && (string?)r["eventName"] == "Completed");
        Assert.DoesNotContain(records, r => (string?)r!["eventName"] == "Faulted");
        Assert.Equal(("Running", "Suspended"), ((string?)state["status"], (string?)state["workflowSubStatus"]));
        var waiting = Assert.Single(summaries["items"]!.AsArray());
        Assert.Equal(("Running", true), ((string?)waiting!["status"], (bool)waiting["hasBookmarks"]!));
        var stats = report["stats"]!.AsArray().ToDictionary(s => (string)s!["activityNodeId"]!);
        Assert.True((bool)stats[subprocessNode]!["isBlocked"]!);
        Assert.Equal(1, (int)stats["Workflow1:Flow:Start"]!["completedCount"]!);
    }

    [Fact]
    public async Task Should_ShowSubprocessJournalWithItsFirstTask_When_ViewerOpensSubprocess()
    {
        await ProcessCase.StartAsync(api.Client, "Chattbot", "2022/9-2.2.0.1");
        var page = await api.PostObjectAsync("/workflow-instances", new JsonObject
        {
            ["correlationId"] = "2022/9-2.2.0.1", ["definitionIds"] = new JsonArray(ProcessIds.Qualification),
        });
        var childId = (string)Assert.Single(page["items"]!.AsArray())!["id"]!;

        var journal = await api.PostObjectAsync($"/workflow-instances/{childId}/journal?skip=0&take=50",
            new JsonObject { ["filter"] = new JsonObject { ["excludedActivityTypes"] = new JsonArray("Elsa.Flowchart") } });
        var variables = await api.GetObjectAsync($"/workflow-instances/{childId}/variables");

        var records = journal["items"]!.AsArray();
        Assert.DoesNotContain(records, r => (string?)r!["activityType"] == "Elsa.Flowchart");
        Assert.Contains(records, r => (string?)r!["activityId"] == "Behovsanalys" && (string?)r["activityType"] == "ENamnd.AssignTask" && (string?)r["eventName"] == "Started");
        Assert.DoesNotContain(records, r => (string?)r!["eventName"] == "Faulted");
        var participants = variables["items"]!.AsArray().Single(v => (string?)v!["name"] == ProcessVariables.Participants);
        // The case API hands the initiating municipalities on as codes: Boden 2582, Piteå 2581.
        Assert.Equal(["2582", "2581"], participants!["value"]!.AsArray().Select(m => (string?)m));
    }
}
