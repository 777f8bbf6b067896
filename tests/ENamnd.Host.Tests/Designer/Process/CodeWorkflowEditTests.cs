using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;
using ENamnd.Workflows;
using ENamnd.Workflows.Process;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Designer.Process;

/// <summary>Editing a code-declared workflow in the designer: a new version over the code version, which stays the shipped baseline.</summary>
public class CodeWorkflowEditTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_PublishVersionTwoForNewCases_And_KeepCodeVersion_When_CodeWorkflowEditedAndInstallerRunsAgain()
    {
        var running = await ProcessCase.StartAsync(api.Client, "E-arkiv", "2023/1-2.2.0.1");
        var code = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{ProcessIds.PreStudy}?versionOptions=Latest");
        var edited = ElsaJson.Edit(code, model =>
        {
            var approval = ElsaJson.ActivitiesOf(model).Single(a => (string?)a!["id"] == "Direktiv")!;
            approval["reminderInterval"]!["expression"]!["value"] = "5.00:00:00";
        });

        var draft = await api.SaveAsync(edited);
        var published = await api.SaveAsync(ElsaJson.Edit(draft, _ => { }), publish: true);
        var installed = await factory.Services.GetRequiredService<CodeWorkflowInstaller>().InstallAsync(default);
        var started = await ProcessCase.StartAsync(api.Client, "Digital brevlåda", "2023/2-2.2.0.1");

        Assert.Equal((2, true), ((int)published["version"]!, (bool)published["isPublished"]!));
        Assert.Equal(0, installed);
        var versions = await api.VersionsAsync(ProcessIds.PreStudy);
        Assert.Equal([(2, true, true), (1, false, false)], versions.Select(v => ((int)v["version"]!, (bool)v["isPublished"]!, (bool)v["isLatest"]!)));
        var codeVersion = await api.GetObjectAsync($"/workflow-definitions/by-id/{code["id"]}");
        Assert.True(JsonNode.DeepEquals(code["root"], codeVersion["root"]), "The code version's graph changed.");
        var current = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{ProcessIds.PreStudy}?versionOptions=Published");
        // The case started before the edit keeps running pre-study version 1; the new case runs version 2.
        Assert.Equal(1, (int)(await ProcessCase.PinnedVersionsAsync(api.Client, running))[ProcessIds.PreStudy]!);
        Assert.Equal(2, (int)(await ProcessCase.PinnedVersionsAsync(api.Client, started))[ProcessIds.PreStudy]!);
        Assert.Equal(1, (int)(await ProcessCase.PinnedVersionsAsync(api.Client, started))[ProcessIds.Qualification]!);
        Assert.Equal("5.00:00:00", (string?)ElsaJson.ActivitiesOf(current).Single(a => (string?)a!["id"] == "Direktiv")!["reminderInterval"]!["expression"]!["value"]);
    }
}
