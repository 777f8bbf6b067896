using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions;

public class LiquidEvaluatorTests
{
    [Theory]
    [InlineData("Hej {{ Variables.Applicant }}!", "Hej Åsa Öberg!")]
    [InlineData("Kommun: {{ Input.Municipality }}", "Kommun: Älvsbyn")]
    [InlineData("Ärende {{ Workflow.CorrelationId }}", "Ärende NBD-2026-0100")]
    [InlineData("{{ Variables.Applicant | upcase }}", "ÅSA ÖBERG")]
    [InlineData("Belopp {{ Variables.Amount }} kr", "Belopp 1500 kr")]
    public async Task Should_RenderTemplate_When_TemplateReadsWorkflowData(string template, string expected)
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("liquid", "Liquid")
            .WithVariable("Applicant", "Åsa Öberg")
            .WithVariable("Amount", 1500)
            .Build(new WriteLine(new Input<string>(Expression.Liquid(template))));

        var instance = await harness.RunAsync(definition, new JsonObject { ["Municipality"] = "Älvsbyn" }, "NBD-2026-0100");

        InstanceAssert.Finished(instance);
        Assert.Equal([expected], instance.Messages());
    }

    [Fact]
    public async Task Should_FaultWithLiquidMessage_When_TemplateIsMalformed()
    {
        var harness = new EngineHarness();
        var definition = new WorkflowBuilder("liquid-fel", "Liquid-fel").Build(new WriteLine(new Input<string>(Expression.Liquid("{% if Variables.X %}ja"))));

        var instance = await harness.RunAsync(definition);

        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        Assert.Contains("Liquid", Assert.Single(instance.Incidents).Message);
    }
}
