using System.Text.Json.Nodes;
using ENamnd.Activities.Allocation;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tests.Decisions;

/// <summary>The decision activities as the designer sees them: descriptors and Elsa JSON.</summary>
public class DecisionDesignerTests
{
    [Theory]
    [InlineData(typeof(CollectMunicipalDecisions), "Inhämta kommunbeslut", "Enough,NotEnough")]
    [InlineData(typeof(CollectGuaranteeCommitments), "Inhämta garantiåtaganden", "AllCommitted,Incomplete")]
    [InlineData(typeof(AwaitCommitteeDecision), "Invänta nämndbeslut", "Approved,Rejected,Tabled,ReturnedForRevision")]
    public void Should_DescribeTheActivityInSwedishWithItsOutcomes_When_TheToolboxIsBuilt(Type type, string displayName, string ports)
    {
        var descriptor = new DecisionsHarness().Services.GetRequiredService<ActivityDescriptorFactory>().Describe(type);

        Assert.Equal(("E-nämnd beslut", displayName), (descriptor.Category, descriptor.DisplayName));
        Assert.Equal(ports, string.Join(",", descriptor.Ports.Select(p => p.Name)));
        Assert.All(descriptor.Inputs, input => Assert.NotEqual(input.Name, input.DisplayName));
    }

    [Fact]
    public void Should_KeepEveryInput_When_AWorkflowIsWrittenAndReadAsElsaJson()
    {
        var serializer = new DecisionsHarness().Services.GetRequiredService<WorkflowDefinitionSerializer>();
        var guarantee = new CollectGuaranteeCommitments
        {
            Participants = new Input<string>(Expression.Variable("Deltagare")),
            Total = 900_000m,
            Model = AllocationModel.Capped,
            Caps = new Input<JsonObject?>(Expression.Object("""{"Luleå": 500000, "Boden": 400000}""")),
            RoundTo = 100,
            Deadline = TimeSpan.FromDays(21),
        };
        var flow = new Flowchart().Connect(new Start(), guarantee).Connect(guarantee, new AwaitCommitteeDecision { Matter = "Avtal" }, CollectGuaranteeCommitments.AllCommitted);
        var written = serializer.Serialize(new WorkflowBuilder("garanti", "Garanti").WithVariable<List<string>>("Deltagare").Build(flow));

        var reread = serializer.Serialize(serializer.Parse(written.ToJsonString()));

        Assert.True(JsonNode.DeepEquals(written, reread), $"{written.ToJsonString()}\n{reread.ToJsonString()}");
        var read = (Flowchart)serializer.Parse(written.ToJsonString()).Root;
        var back = read.Activities.OfType<CollectGuaranteeCommitments>().Single();
        Assert.Equal(AllocationModel.Capped, ValueConverter.Convert<AllocationModel>(back.Model.Expression.Value));
    }
}
