using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>A runaway template faults its step within the bounds instead of hanging it; one parsed template serves every instance at once.</summary>
public class LiquidLimitsTests
{
    [Fact]
    public async Task Should_FaultAfterTheStepLimit_When_ALoopRunsAway()
    {
        var message = await LiquidRun.FaultAsync("{% for i in (1..5000) %}{% for j in (1..5000) %}{{ j }}{% endfor %}{% endfor %}");

        Assert.Equal("Liquid-mallen avbröts: den tog mer än 100000 steg (en för lång loop?).", message);
    }

    [Fact]
    public async Task Should_FaultAfterTheSizeLimit_When_TheTextGrowsWithoutEnd()
    {
        var message = await LiquidRun.FaultAsync("{% assign s = 'x' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}");

        Assert.Equal("Liquid-mallen avbröts: texten blev längre än 1000000 tecken.", message);
    }

    [Fact]
    public async Task Should_FaultAfterTheListLimit_When_ARangeIsTooLong()
    {
        var message = await LiquidRun.FaultAsync("{{ (1..100000000) | join: ',' }}");

        Assert.Equal("Liquid-mallen avbröts: en lista blev längre än 10000 element.", message);
    }

    [Fact]
    public async Task Should_RenderEachInstancesOwnData_When_ManyInstancesRenderTheSameTemplateAtOnce()
    {
        var harness = new EngineHarness();
        await harness.DeployAsync(new WorkflowBuilder("samtidigt", "Samtidigt")
            .Build(new SetVariable("Result", new Input<object>(Expression.Liquid("{{ Input.Kommun | upcase }} {{ CorrelationId }}")))));
        var municipalities = Enumerable.Range(1, 64).Select(i => $"Kommun {i}").ToList();

        var instances = await Task.WhenAll(municipalities.Select((name, i) =>
            Task.Run(() => harness.StartAsync("samtidigt", new JsonObject { ["Kommun"] = name }, $"2026/{i}"))));

        Assert.Equal(
            municipalities.Select((name, i) => $"{name.ToUpperInvariant()} 2026/{i}"),
            instances.Select(instance => (string?)instance.Variables["Result"]));
    }
}
