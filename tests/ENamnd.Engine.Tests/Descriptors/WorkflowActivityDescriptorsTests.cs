using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Tests.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Descriptors;

public class WorkflowActivityDescriptorsTests
{
    [Fact]
    public async Task Should_DescribeEveryVersionWithItsInputsAndOutputs_When_WorkflowIsUsableAsActivity()
    {
        var harness = new EngineHarness();
        var v1 = harness.Serializer.Parse(PlacedWorkflowJson.Greeter(1, "Hej", published: false));
        v1.IsLatest = false;
        await harness.DeployAsync(v1);
        await harness.DeployAsync(harness.Serializer.Parse(PlacedWorkflowJson.Greeter(2, "Hallå", published: true)));

        var descriptors = await harness.Services.GetRequiredService<WorkflowActivityDescriptors>().DescribeAllAsync();

        Assert.Equal([("Halsare", 1, false), ("Halsare", 2, true)], descriptors.Select(d => (d.TypeName, d.Version, d.IsBrowsable)));
        var current = descriptors[1];
        Assert.Equal("Hälsningar", current.Category);
        Assert.Equal("halsare", current.DisplayName);
        var input = Assert.Single(current.Inputs);
        Assert.Equal(("PersonName", "String", "Namn", true), (input.Name, input.TypeName, input.DisplayName, input.IsSynthetic));
        Assert.Equal(("Greeting", "String"), (Assert.Single(current.Outputs).Name, current.Outputs[0].TypeName));
        Assert.Equal("halsare", (string?)current.ConstructionProperties["WorkflowDefinitionId"]);
        Assert.Equal("halsare-v2", (string?)current.ConstructionProperties["WorkflowDefinitionVersionId"]);
        Assert.Equal(2, (int?)descriptors[0].ConstructionProperties["LatestAvailablePublishedVersion"]);
    }

    [Fact]
    public async Task Should_DescribeOutcomesAsPortsInDefaultCategory_When_WorkflowDeclaresOutcomes()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(harness.Serializer.Parse(PlacedWorkflowJson.Sorter("Godkänd")));

        var sorter = Assert.Single(await harness.Services.GetRequiredService<WorkflowActivityDescriptors>().DescribeAllAsync());

        Assert.Equal(["Godkänd", "Avslagen"], sorter.Ports.Select(p => p.Name));
        Assert.Equal(WorkflowActivityDescriptors.DefaultCategory, sorter.Category);
    }

    [Fact]
    public async Task Should_LeaveWorkflowOut_When_NotUsableAsActivity()
    {
        var harness = new EngineHarness();
        var json = PlacedWorkflowJson.Sorter("Godkänd");
        json["options"]!["usableAsActivity"] = false;
        await harness.DeployAsync(harness.Serializer.Parse(json));

        Assert.Empty(await harness.Services.GetRequiredService<WorkflowActivityDescriptors>().DescribeAllAsync());
    }

    [Fact]
    public void Should_PascalizeTypeName_When_WorkflowNameHasSpaces()
    {
        Assert.Equal("MinAnsokanProcess", Engine.Activities.WorkflowActivityNames.TypeNameOf(new Engine.Model.WorkflowDefinition
        {
            DefinitionId = "x", Name = "min ansokan-process", Root = new Engine.Activities.Start(),
        }));
    }
}
