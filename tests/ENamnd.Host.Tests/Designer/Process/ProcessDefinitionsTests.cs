using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using ENamnd.Host.Tests.Designer.Api;
using ENamnd.Workflows.Process;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Process;

/// <summary>The code-declared process workflows as the designer loads them: listed, described and drawable.</summary>
public class ProcessDefinitionsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ListMainProcessAndSubprocessesAsPublishedVersionOne_When_HostStarted()
    {
        var ids = string.Concat(ProcessCase.Definitions.Select(d => $"&DefinitionIds={d.Id}"));
        var page = await api.GetObjectAsync($"/workflow-definitions?versionOptions=Published&OrderBy=Name{ids}");

        var listed = page["items"]!.AsArray().ToDictionary(i => (string)i!["definitionId"]!, i => i!);
        Assert.Equal(ProcessCase.Definitions.Select(d => d.Id).Order(), listed.Keys.Order());
        foreach (var (id, name) in ProcessCase.Definitions)
        {
            Assert.Equal((name, 1, true, true), ((string?)listed[id]["name"], (int)listed[id]["version"]!, (bool)listed[id]["isPublished"]!, (bool)listed[id]["isLatest"]!));
        }
    }

    [Fact]
    public async Task Should_DescribeEveryActivityTypeOfTheProcess_When_ToolboxLoads()
    {
        var described = (await api.GetObjectAsync("/descriptors/activities"))["items"]!.AsArray()
            .Select(d => ((string?)d!["typeName"], (int)d["version"]!)).ToHashSet();

        foreach (var (id, _) in ProcessCase.Definitions)
        {
            var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{id}?versionOptions=Latest");
            Assert.All(ElsaJson.ActivitiesOf(definition), a => Assert.Contains(((string?)a!["type"], (int)a["version"]!), described));
        }
    }

    [Fact]
    public async Task Should_PlaceEveryStepApart_When_CodeWorkflowWithoutPositionsOpened()
    {
        foreach (var (id, _) in ProcessCase.Definitions)
        {
            var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{id}?versionOptions=Latest");

            var positions = ElsaJson.ActivitiesOf(definition).ToDictionary(a => (string)a!["id"]!, a => Position(a!));
            Assert.All(positions, p => Assert.NotNull(p.Value));
            Assert.Equal(positions.Count, positions.Values.Distinct().Count());
            Assert.Equal(0, positions["Start"]!.Value.X);
        }
    }

    [Fact]
    public async Task Should_DrawPhasesInReadingOrderAndKeepStoredVersion_When_MainProcessOpened()
    {
        var definition = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{ProcessIds.MainProcess}?versionOptions=Latest");

        var at = ElsaJson.ActivitiesOf(definition).ToDictionary(a => (string)a!["id"]!, a => Position(a!)!.Value);
        // The phases read like text: left to right, and a long process on in the next band below.
        var phases = ProcessIds.Phases.Select(p => at[p.Id]).ToList();
        Assert.Equal(phases.OrderBy(p => p.Y).ThenBy(p => p.X), phases);
        Assert.Equal(phases.Count, phases.Distinct().Count());
        Assert.True(phases.Select(p => p.Y).Distinct().Count() > 1, "The main process should wrap into bands.");
        // Management's "new project" loops back to qualification, which still comes first.
        Assert.True(at["Start"].X < at[$"Fas{ProcessIds.Qualification}"].X);
        Assert.Equal(at["Start"].Y, at[$"Fas{ProcessIds.Qualification}"].Y);
        // The positions are the designer's view only: the stored code version carries none.
        var stored = await factory.Services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync(ProcessIds.MainProcess, VersionOptions.Published, default);
        Assert.All(Assert.IsType<Engine.Activities.Flowchart>(stored!.Root).Activities, a => Assert.Null(a.Metadata["designer"]));
    }

    private static (double X, double Y)? Position(JsonNode activity) =>
        activity["metadata"]?["designer"]?["position"] is JsonObject p ? ((double)p["x"]!, (double)p["y"]!) : null;
}
