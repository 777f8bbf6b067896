using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Engine.Tests.Serialization;

public class WorkflowValidatorTests
{
    private readonly EngineHarness harness = new();

    private WorkflowValidator Validator => harness.Services.GetRequiredService<WorkflowValidator>();

    [Fact]
    public void Should_ReportNothing_When_DefinitionIsGood()
    {
        Assert.Empty(Validator.Validate(harness.Serializer.Parse(ElsaJsonSamples.Review)));
        Assert.Empty(Validator.Validate(Build(new Flowchart().Connect(new Start(), new WriteLine(new Input<string>(Expression.Liquid("{{ Variables.X | upcase }}")))))));
    }

    [Fact]
    public void Should_ReportDanglingConnection_When_TargetDoesNotExist()
    {
        var flow = new Flowchart().Connect(new Start { Id = "start" }, new WriteLine("x"));
        flow.Connections.Add(new Connection(new Endpoint("start", "Done"), new Endpoint("spoke", "In")));

        var error = Assert.Single(Validator.Validate(Build(flow)));

        Assert.Contains("'spoke'", error);
    }

    [Fact]
    public void Should_ReportDuplicateActivityId_When_TwoActivitiesShareIt()
    {
        var flow = new Flowchart();
        flow.Activities.Add(new WriteLine("ett") { Id = "dubbel" });
        flow.Activities.Add(new WriteLine("två") { Id = "dubbel" });

        var errors = Validator.Validate(Build(flow));

        Assert.Contains(errors, e => e.Contains("aktivitets-id 'dubbel'"));
    }

    [Fact]
    public void Should_ReportJavaScriptError_When_ScriptDoesNotParse()
    {
        var decision = new FlowDecision { Id = "villkor", Condition = new Input<bool>(Expression.JavaScript("variables.Amount >")) };

        var error = Assert.Single(Validator.Validate(Build(new Flowchart().Connect(new Start(), decision))));

        Assert.Contains("JavaScript", error);
        Assert.Contains("villkor", error);
        Assert.Contains("Condition", error);
    }

    [Fact]
    public void Should_ReportJavaScriptError_When_SwitchCaseDoesNotParse()
    {
        var flowSwitch = new FlowSwitch { Cases = [new SwitchCase("Bra", Expression.JavaScript("true")), new SwitchCase("Trasig", Expression.JavaScript("let = ;"))] };

        var error = Assert.Single(Validator.Validate(Build(flowSwitch)));

        Assert.Contains("'Trasig'", error);
        Assert.Contains("JavaScript", error);
    }

    [Fact]
    public void Should_ReportLiquidError_When_TemplateDoesNotParse()
    {
        var write = new WriteLine(new Input<string>(Expression.Liquid("{% if Variables.X %}ja")));

        var error = Assert.Single(Validator.Validate(Build(write)));

        Assert.Contains("Liquid", error);
    }

    [Fact]
    public void Should_ReportUnknownSyntax_When_ExpressionTypeIsNotSupported()
    {
        var write = new WriteLine(new Input<string>(new Expression("CSharp", System.Text.Json.Nodes.JsonValue.Create("1 + 1"))));

        var error = Assert.Single(Validator.Validate(Build(write)));

        Assert.Contains("CSharp", error);
    }

    private static WorkflowDefinition Build(Activity root) => new WorkflowBuilder("validera", "Validera").Build(root);
}
