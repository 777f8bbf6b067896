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
    public async Task Should_PublishVersionTwo_And_KeepCodeVersion_When_CodeWorkflowEditedAndInstallerRunsAgain()
    {
        var code = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{ProcessIds.PreStudy}?versionOptions=Latest");
        var edited = ElsaJson.Edit(code, model =>
        {
            var approval = ElsaJson.ActivitiesOf(model).Single(a => (string?)a!["id"] == "Direktiv")!;
            approval["reminderInterval"]!["expression"]!["value"] = "5.00:00:00";
        });

        var draft = await api.SaveAsync(edited);
        var published = await api.SaveAsync(ElsaJson.Edit(draft, _ => { }), publish: true);
        var installed = await factory.Services.GetRequiredService<CodeWorkflowInstaller>().InstallAsync(default);

        Assert.Equal((2, true), ((int)published["version"]!, (bool)published["isPublished"]!));
        Assert.Equal(0, installed);
        var versions = await api.VersionsAsync(ProcessIds.PreStudy);
        Assert.Equal([(2, true, true), (1, false, false)], versions.Select(v => ((int)v["version"]!, (bool)v["isPublished"]!, (bool)v["isLatest"]!)));
        var codeVersion = await api.GetObjectAsync($"/workflow-definitions/by-id/{code["id"]}");
        Assert.True(JsonNode.DeepEquals(code["root"], codeVersion["root"]), "The code version's graph changed.");
        var current = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{ProcessIds.PreStudy}?versionOptions=Published");
        Assert.Equal("5.00:00:00", (string?)ElsaJson.ActivitiesOf(current).Single(a => (string?)a!["id"] == "Direktiv")!["reminderInterval"]!["expression"]!["value"]);
    }
}
