using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api.Alterations;

public class AlterationEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    private AlterationScenario Scenario => new(api);

    [Fact]
    public async Task Should_FinishFaultedInstance_When_VariableFixedByRunAndInstanceRetried()
    {
        var definitionId = await Scenario.PublishFlakyAsync($"Ostadig {Guid.NewGuid():N}");
        var instanceId = await Scenario.StartAsync(definitionId);
        Assert.Equal(("Finished", "Faulted"), await Scenario.StatusAsync(instanceId));

        var run = await api.PostObjectAsync("/alterations/run", new JsonObject
        {
            ["alterations"] = new JsonArray(new JsonObject { ["type"] = "ModifyVariable", ["variableId"] = "v-klar", ["value"] = true }),
            ["workflowInstanceIds"] = new JsonArray(instanceId),
        });
        var retry = await api.PostObjectAsync("/alterations/workflows/retry", new JsonObject { ["workflowInstanceIds"] = new JsonArray(instanceId) });

        var fixedResult = run["results"]![0]!;
        JsonAssert.HasKeys(fixedResult, "workflowInstanceId", "log", "workflowHasScheduledWork", "isSuccessful");
        Assert.True((bool)fixedResult["isSuccessful"]!);
        Assert.Equal("Information", (string?)fixedResult["log"]!["logEntries"]![0]!["logLevel"]);
        var retried = retry["results"]![0]!;
        Assert.True((bool)retried["isSuccessful"]!, retried.ToJsonString());
        Assert.True((bool)retried["workflowHasScheduledWork"]!);
        Assert.Equal(("Finished", "Finished"), await Scenario.StatusAsync(instanceId));
        var journal = await api.GetObjectAsync($"/workflow-instances/{instanceId}/journal");
        Assert.Single(journal["items"]!.AsArray(), e => (string?)e!["activityId"] == "first" && (string?)e["eventName"] == "Started");
    }

    [Fact]
    public async Task Should_SayNothingToRetry_When_InstanceHasNoFaultOrIsMissing()
    {
        var definitionId = await Scenario.PublishFlakyAsync($"Ostadig {Guid.NewGuid():N}");
        var instanceId = await Scenario.StartAsync(definitionId);
        await api.PostObjectAsync("/alterations/run", new JsonObject
        {
            ["alterations"] = new JsonArray(new JsonObject { ["type"] = "Cancel" }),
            ["workflowInstanceIds"] = new JsonArray(instanceId),
        });

        var retry = await api.PostObjectAsync("/alterations/workflows/retry", new JsonObject { ["workflowInstanceIds"] = new JsonArray(instanceId, "saknas") });

        var results = retry["results"]!.AsArray();
        Assert.All(results, r => Assert.False((bool)r!["isSuccessful"]!));
        Assert.Equal("Instansen har ingen aktivitet med fel att köra om.", (string?)results[0]!["log"]!["logEntries"]![0]!["message"]);
        Assert.Equal("Instansen \"saknas\" finns inte.", (string?)results[1]!["log"]!["logEntries"]![0]!["message"]);
        Assert.Equal(("Finished", "Cancelled"), await Scenario.StatusAsync(instanceId));
    }

    [Fact]
    public async Task Should_StorePlanRunItsJobsAndReportThem_When_Submitted()
    {
        var definitionId = await Scenario.PublishFlakyAsync($"Ostadig {Guid.NewGuid():N}");
        string[] instanceIds = [await Scenario.StartAsync(definitionId), await Scenario.StartAsync(definitionId)];
        var filter = new JsonObject { ["definitionIds"] = new JsonArray(definitionId), ["subStatuses"] = new JsonArray("Faulted"), ["timestampFilters"] = null };

        var dryRun = await api.PostObjectAsync("/alterations/dry-run", filter.DeepClone());
        var submitted = await api.PostObjectAsync("/alterations/submit", new JsonObject
        {
            ["alterations"] = new JsonArray(new JsonObject { ["type"] = "Cancel" }),
            ["filter"] = filter.DeepClone(),
        });
        var planId = (string)submitted["planId"]!;
        var response = await Scenario.CompletedPlanAsync(planId);

        Assert.Equal(instanceIds.Order(), dryRun["workflowInstanceIds"]!.AsArray().Select(i => (string)i!).Order());
        var plan = response["plan"]!;
        JsonAssert.HasKeys(plan, "id", "alterations", "workflowInstanceFilter", "status", "createdAt", "startedAt", "completedAt");
        Assert.Equal(("Completed", planId, "Cancel"), ((string?)plan["status"], (string?)plan["id"], (string?)plan["alterations"]![0]!["type"]));
        var jobs = response["jobs"]!.AsArray();
        Assert.Equal(instanceIds.Order(), jobs.Select(j => (string)j!["workflowInstanceId"]!).Order());
        Assert.All(jobs, j =>
        {
            JsonAssert.HasKeys(j, "id", "planId", "workflowInstanceId", "status", "log", "createdAt", "startedAt", "completedAt");
            Assert.Equal("Completed", (string?)j!["status"]);
        });
        foreach (var id in instanceIds) Assert.Equal(("Finished", "Cancelled"), await Scenario.StatusAsync(id));
    }

    [Fact]
    public async Task Should_MigrateWaitingInstance_And_RefuseTargetWithoutItsWait_When_MigrateRun()
    {
        var model = ElsaJson.Chain(null, $"Väntar {Guid.NewGuid():N}", ElsaJson.WriteLine("a1", "Start"), ElsaJson.Event("e1", "godkänt"));
        var v1 = await api.SaveAsync(model, publish: true);
        var instanceId = await Scenario.StartAsync((string)v1["definitionId"]!);
        var v2 = await api.SaveAsync(ElsaJson.Edit(v1, m =>
        {
            ElsaJson.ActivitiesOf(m).Add(ElsaJson.WriteLine("a2", "Efter"));
            ((JsonArray)m["root"]!["connections"]!).Add(ElsaJson.Connection("e1", "a2"));
        }), publish: true);
        var v3 = await api.SaveAsync(ElsaJson.Edit(v2, m =>
        {
            ElsaJson.ActivitiesOf(m).RemoveAt(1);
            m["root"]!["connections"] = new JsonArray(ElsaJson.Connection("a1", "a2"));
        }), publish: true);

        var refused = await Run(instanceId, new JsonObject { ["type"] = "Migrate", ["targetVersion"] = 3 });
        var migrated = await Run(instanceId, new JsonObject { ["type"] = "Migrate", ["targetVersion"] = 2 });

        Assert.Equal(3, (int)v3["version"]!);
        Assert.False((bool)refused["isSuccessful"]!);
        Assert.StartsWith("Version 3 saknar aktiviteter som instansen har kört eller står i", (string?)refused["log"]!["logEntries"]![0]!["message"]);
        Assert.True((bool)migrated["isSuccessful"]!, migrated.ToJsonString());
        var instance = await Scenario.InstanceAsync(instanceId);
        Assert.Equal((2, (string?)v2["id"]), ((int)instance["version"]!, (string?)instance["definitionVersionId"]));
        Assert.Equal(("Running", "Suspended"), ((string?)instance["status"], (string?)instance["subStatus"]));
    }

    private async Task<JsonNode> Run(string instanceId, JsonObject alteration) =>
        (await api.PostObjectAsync("/alterations/run", new JsonObject
        {
            ["alterations"] = new JsonArray(alteration),
            ["workflowInstanceIds"] = new JsonArray(instanceId),
        }))["results"]![0]!;

    [Theory]
    [InlineData("/alterations/run", """{"alterations":[],"workflowInstanceIds":["a"]}""", "Ange minst en ändring.")]
    [InlineData("/alterations/run", """{"alterations":[{"type":"Reboot"}],"workflowInstanceIds":["a"]}""", "Ändringstypen \"Reboot\" finns inte.")]
    [InlineData("/alterations/run", """{"alterations":[{"type":"Migrate"}],"workflowInstanceIds":["a"]}""", "Migrate kräver targetVersion")]
    [InlineData("/alterations/run", """{"alterations":[{"type":"Cancel"}],"workflowInstanceIds":[]}""", "Ange minst ett id i en lista.")]
    [InlineData("/alterations/submit", """{"alterations":[{"type":"Cancel"}],"filter":{"timestampFilters":[{"column":"CreatedAt"}]}}""", "Filter på tidpunkter")]
    [InlineData("/alterations/dry-run", """{"statuses":["Sovande"]}""", "Filtret kunde inte läsas")]
    [InlineData("/alterations/workflows/retry", """{"workflowInstanceIds":[""]}""", "Varje id måste vara en text som inte är tom.")]
    [InlineData("/alterations/run", """[1,2]""", "")]
    public async Task Should_Answer400InSwedish_When_RequestIsInvalid(string path, string body, string message)
    {
        var response = await api.Client.PostAsync(DesignerApi.Base + path, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var errors = await DesignerApi.ErrorsAsync(response);
        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Answer404_When_PlanDoesNotExist()
    {
        var response = await api.GetAsync("/alterations/saknas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Ändringsplanen \"saknas\" finns inte.", (string?)problem["detail"]);
    }

    [Theory]
    [InlineData("POST", "/alterations/run")]
    [InlineData("POST", "/alterations/submit")]
    [InlineData("POST", "/alterations/dry-run")]
    [InlineData("POST", "/alterations/workflows/retry")]
    [InlineData("GET", "/alterations/plan1")]
    public async Task Should_Answer401_When_Anonymous(string method, string path)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), DesignerApi.Base + path)
        {
            Content = method == "GET" ? null : new StringContent("""{"workflowInstanceIds":["x"],"alterations":[{"type":"Cancel"}]}""", System.Text.Encoding.UTF8, "application/json"),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
