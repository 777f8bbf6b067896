using ENamnd.Engine.Activities;
using ENamnd.Engine.Descriptors;
using Microsoft.Extensions.DependencyInjection;
using Parallel = ENamnd.Engine.Activities.Parallel;

namespace ENamnd.Engine.Tests.Descriptors;

public class ControlFlowDescriptorTests
{
    private readonly ActivityDescriptorFactory factory = new EngineHarness().Services.GetRequiredService<ActivityDescriptorFactory>();

    [Theory]
    [InlineData(typeof(If), "Then,Else")]
    [InlineData(typeof(Switch), "Default")]
    [InlineData(typeof(For), "Body")]
    [InlineData(typeof(ForEach), "Body")]
    [InlineData(typeof(While), "Body")]
    [InlineData(typeof(ParallelForEach), "Body")]
    public void Should_DescribeChildSlotsAsEmbeddedPorts_When_ActivityHasPorts(Type type, string ports)
    {
        var descriptor = factory.Describe(type);

        Assert.Equal(ports.Split(','), descriptor.Ports.Select(p => p.Name));
        Assert.All(descriptor.Ports, p => Assert.Equal("Embedded", p.Type));
        Assert.All(descriptor.Ports, p => Assert.True(p.IsBrowsable));
        Assert.All(descriptor.Ports, p => Assert.NotEqual(p.Name, p.DisplayName));
    }

    [Theory]
    [InlineData("Elsa.If", "Förgrening")]
    [InlineData("Elsa.Switch", "Förgrening")]
    [InlineData("Elsa.For", "Loopar")]
    [InlineData("Elsa.ForEach", "Loopar")]
    [InlineData("Elsa.While", "Loopar")]
    [InlineData("Elsa.ParallelForEach", "Loopar")]
    [InlineData("Elsa.Break", "Loopar")]
    [InlineData("Elsa.Fork", "Flöde")]
    [InlineData("Elsa.Parallel", "Flöde")]
    public void Should_DescribeEveryControlFlowActivity_When_AllAreDescribed(string typeName, string category)
    {
        var descriptor = Assert.Single(factory.DescribeAll(), d => d.TypeName == typeName);

        Assert.Equal(category, descriptor.Category);
        Assert.Equal(1, descriptor.Version);
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description));
    }

    [Fact]
    public void Should_DescribeInputsAndOutputsWithElsaNames_When_Described()
    {
        var @for = factory.Describe(typeof(For));
        Assert.Equal(["Start", "End", "Step", "OuterBoundInclusive"], @for.Inputs.Select(i => i.Name));
        Assert.Equal("CurrentValue", Assert.Single(@for.Outputs).Name);
        var result = Assert.Single(factory.Describe(typeof(If)).Outputs);
        Assert.Equal(("Result", "Boolean"), (result.Name, result.TypeName));
        Assert.Equal("Object[]", Assert.Single(factory.Describe(typeof(ForEach)).Inputs).TypeName);
        var cases = Assert.Single(factory.Describe(typeof(Switch)).Inputs, i => i.Name == "Cases");
        Assert.Equal("switch-editor", cases.UIHint);
        Assert.False(cases.IsWrapped);
        var joinMode = Assert.Single(factory.Describe(typeof(Fork)).Inputs);
        Assert.Equal(("JoinMode", "dropdown", false), (joinMode.Name, joinMode.UIHint, joinMode.IsWrapped));
    }

    [Fact]
    public void Should_MarkBreakTerminalAndHideForkAndParallel_When_Described()
    {
        Assert.True(factory.Describe(typeof(Break)).IsTerminal);
        Assert.False(factory.Describe(typeof(Fork)).IsBrowsable);
        Assert.False(factory.Describe(typeof(Parallel)).IsBrowsable);
        Assert.True(factory.Describe(typeof(Parallel)).IsContainer);
        Assert.False(factory.Describe(typeof(If)).IsContainer);
    }
}
