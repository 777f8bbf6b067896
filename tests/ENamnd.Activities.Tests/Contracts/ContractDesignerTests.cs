using ENamnd.Activities.Contracts;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tests.Decisions;
using ENamnd.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>The contract activities as the designer's toolbox shows them.</summary>
public class ContractDesignerTests
{
    [Theory]
    [InlineData(typeof(DecideContractEnd), "Förslag till beslut vid avtalsslut")]
    [InlineData(typeof(RecordContractDecision), "För in beslut vid avtalsslut")]
    public void Should_DescribeTheActivityInSwedishWithTheThreeEndsOfAContract_When_TheToolboxIsBuilt(Type type, string displayName)
    {
        var descriptor = Describe(type);

        Assert.Equal(("E-nämnd avtal", displayName), (descriptor.Category, descriptor.DisplayName));
        Assert.Equal("Extend,NewProject,LetExpire", string.Join(",", descriptor.Ports.Select(p => p.Name)));
        Assert.All(descriptor.Inputs, input => Assert.NotEqual(input.Name, input.DisplayName));
        Assert.All(descriptor.Outputs, output => Assert.NotEqual(output.Name, output.DisplayName));
    }

    [Fact]
    public void Should_NameTheCaseAndTheTextOfTheMatter_When_TheCommitteeDecisionIsDescribed()
    {
        var inputs = Describe(typeof(AwaitCommitteeDecision)).Inputs.ToDictionary(i => i.Name);

        Assert.Equal("Ärendenummer", inputs["CaseNumber"].DisplayName);
        Assert.Contains("Tomt betyder arbetsflödets ärende", inputs["CaseNumber"].Description, StringComparison.Ordinal);
        Assert.Equal("Förslag och bakgrund", inputs["Summary"].DisplayName);
        Assert.Contains("passerat", inputs["MeetingDate"].Description, StringComparison.Ordinal);
    }

    private static ActivityDescriptor Describe(Type type) =>
        new DecisionsHarness().Services.GetRequiredService<ActivityDescriptorFactory>().Describe(type);
}
