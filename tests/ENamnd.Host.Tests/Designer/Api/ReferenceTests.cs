using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>
/// Workflows used by others as activities: <c>GET /workflow-definitions/{id}/consumers</c>, <c>POST …/update-references</c>,
/// the move of consumers to a new version on publish, and imported version ids kept for <c>GET /by-id/{id}</c>.
/// </summary>
public class ReferenceTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    // A workflow usable as an activity whose publication moves its consumers (autoUpdate), with a version id of its own.
    private static JsonObject Usable(string definitionId, string name, bool autoUpdate, params JsonObject[] activities)
    {
        var model = ElsaJson.Chain(definitionId, name, activities.Length > 0 ? activities : [ElsaJson.WriteLine("w1", name)]);
        model["id"] = $"{definitionId}-v1";
        model["isPublished"] = true;
        model["options"] = new JsonObject { ["usableAsActivity"] = true, ["autoUpdateConsumingWorkflows"] = autoUpdate };
        return model;
    }

    // A node that runs the workflow definitionId (named name), version 1, as Elsa Studio places one.
    private static JsonObject Node(string id, string definitionId, string name) => new()
    {
        ["workflowDefinitionId"] = definitionId,
        ["workflowDefinitionVersionId"] = $"{definitionId}-v1",
        ["latestAvailablePublishedVersion"] = 1,
        ["latestAvailablePublishedVersionId"] = $"{definitionId}-v1",
        ["id"] = id,
        ["name"] = id,
        ["type"] = name,
        ["version"] = 1,
    };

    // grandchild ← child ← parent, and a workflow of its own; returns the unique prefix.
    private async Task<string> ImportHierarchyAsync(bool autoUpdate)
    {
        var p = $"ref{Guid.NewGuid():N}"[..12];
        await api.PostObjectAsync("/workflow-definitions/import", Usable($"{p}-barnbarn", $"{p}Barnbarn", autoUpdate));
        await api.PostObjectAsync("/workflow-definitions/import", Usable($"{p}-barn", $"{p}Barn", autoUpdate, Node("n1", $"{p}-barnbarn", $"{p}Barnbarn")));
        var parent = Usable($"{p}-forälder".Replace("ä", "a"), $"{p}Foralder", autoUpdate, Node("n1", $"{p}-barn", $"{p}Barn"));
        parent["options"]!["usableAsActivity"] = false;
        await api.PostObjectAsync("/workflow-definitions/import", parent);
        return p;
    }

    private static string[] Ids(JsonObject response, string key) => [.. response[key]!.AsArray().Select(i => (string)i!)];

    [Fact]
    public async Task Should_ListDirectAndTransitiveConsumers_When_WorkflowsUseEachOther()
    {
        var p = await ImportHierarchyAsync(autoUpdate: false);

        var ofGrandchild = await api.GetObjectAsync($"/workflow-definitions/{p}-barnbarn/consumers");
        var ofParent = await api.GetObjectAsync($"/workflow-definitions/{p}-foralder/consumers");
        var unknown = await api.GetAsync($"/workflow-definitions/{p}-saknas/consumers");

        Assert.Equal([$"{p}-barn", $"{p}-foralder"], Ids(ofGrandchild, "consumingWorkflowDefinitionIds"));
        Assert.Empty(Ids(ofParent, "consumingWorkflowDefinitionIds"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_FindAVersionByTheIdItWasImportedWith_When_ReadById()
    {
        var p = await ImportHierarchyAsync(autoUpdate: false);

        var child = await api.GetObjectAsync($"/workflow-definitions/by-id/{p}-barn-v1");

        Assert.Equal($"{p}-barn", (string?)child["definitionId"]);
        Assert.Equal($"{p}-barnbarn-v1", (string?)ElsaJson.ActivitiesOf(child)[0]!["workflowDefinitionVersionId"]);
        Assert.Null(ElsaJson.ActivitiesOf(child)[0]!["root"]);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/workflow-definitions/by-id/{p}-saknas-v1")).StatusCode);
    }

    [Fact]
    public async Task Should_MoveEveryConsumerToTheNewVersion_When_AnAutoUpdatingWorkflowIsPublished()
    {
        var p = await ImportHierarchyAsync(autoUpdate: true);
        var edited = ElsaJson.Edit(await api.GetObjectAsync($"/workflow-definitions/by-id/{p}-barnbarn-v1"), m => m["description"] = "Ny version");

        var saved = await api.PostObjectAsync("/workflow-definitions", new JsonObject { ["model"] = edited, ["publish"] = true });

        var grandchild = (JsonObject)saved["workflowDefinition"]!;
        Assert.Equal(2, (int)grandchild["version"]!);
        Assert.Equal(2, (int)saved["consumingWorkflowCount"]!);
        var child = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{p}-barn?versionOptions=Published");
        Assert.Equal(2, (int)child["version"]!);
        Assert.Equal((string?)grandchild["id"], (string?)ElsaJson.ActivitiesOf(child)[0]!["workflowDefinitionVersionId"]);
        Assert.Equal(2, (int)ElsaJson.ActivitiesOf(child)[0]!["latestAvailablePublishedVersion"]!);
        var parent = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{p}-foralder?versionOptions=Published");
        Assert.Equal((string?)child["id"], (string?)ElsaJson.ActivitiesOf(parent)[0]!["workflowDefinitionVersionId"]);
    }

    [Fact]
    public async Task Should_LeaveConsumersAsTheyAre_When_TheWorkflowDoesNotAutoUpdate()
    {
        var p = await ImportHierarchyAsync(autoUpdate: false);

        var response = await api.PostObjectAsync($"/workflow-definitions/{p}-barnbarn/update-references", new JsonObject());

        Assert.Empty(Ids(response, "affectedWorkflows"));
        Assert.Equal($"{p}-barnbarn-v1", (string?)ElsaJson.ActivitiesOf(await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{p}-barn"))[0]!["workflowDefinitionVersionId"]);
    }

    [Fact]
    public async Task Should_UpdateReferencesOnRequest_When_AConsumerCameWithAnOlderVersion()
    {
        var p = $"upd{Guid.NewGuid():N}"[..12];
        var v1 = await api.PostObjectAsync("/workflow-definitions/import", Usable($"{p}-barnbarn", $"{p}Barnbarn", autoUpdate: true));
        var v2 = await api.SaveAsync(ElsaJson.Edit(v1, m => m["description"] = "Version 2"), publish: true);
        await api.PostObjectAsync("/workflow-definitions/import", Usable($"{p}-barn", $"{p}Barn", autoUpdate: false, Node("n1", $"{p}-barnbarn", $"{p}Barnbarn")));

        var response = await api.PostObjectAsync($"/workflow-definitions/{p}-barnbarn/update-references", new JsonObject());
        var unknown = await api.PostAsync($"/workflow-definitions/{p}-saknas/update-references", new JsonObject());

        Assert.Equal([$"{p}Barn"], Ids(response, "affectedWorkflows"));
        var child = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{p}-barn?versionOptions=Published");
        Assert.Equal(2, (int)child["version"]!);
        Assert.Equal((string?)v2["id"], (string?)ElsaJson.ActivitiesOf(child)[0]!["workflowDefinitionVersionId"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
