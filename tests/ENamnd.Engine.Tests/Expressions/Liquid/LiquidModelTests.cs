using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>The objects a template sees: Elsa's (<c>Variables</c>, <c>Input</c>, <c>CorrelationId</c>, <c>WorkflowInstanceId</c>, …) and <c>Workflow</c>.</summary>
public class LiquidModelTests
{
    private const string ElsaObjects =
        "{{ CorrelationId }}|{{ WorkflowDefinitionId }}|{{ WorkflowDefinitionVersion }}|{{ WorkflowDefinitionVersionId }}|{{ WorkflowInstanceId }}";

    private const string WorkflowObject =
        "{{ Workflow.CorrelationId }}|{{ Workflow.DefinitionId }}|{{ Workflow.Version }}|{{ Workflow.DefinitionVersionId }}|{{ Workflow.InstanceId }}|{{ Workflow.Name }}";

    [Fact]
    public async Task Should_ShowElsasWorkflowObjects_When_TheTemplateNamesThem()
    {
        var instance = await RunAsync(ElsaObjects, version: 3);

        Assert.Equal($"{LiquidRun.CaseNumber}|liquid|3|liquid-v3|{instance.Id}", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ShowTheWorkflowObject_When_TheTemplateReadsItsMembers()
    {
        var instance = await RunAsync(WorkflowObject, version: 2);

        Assert.Equal($"{LiquidRun.CaseNumber}|liquid|2|liquid-v2|{instance.Id}|Liquid-prov", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ReadAVariableByItsName_When_ItsIdDiffers()
    {
        var definition = new WorkflowBuilder("liquid", "Liquid-prov")
            .Build(new SetVariable("Result", new Input<object>(Expression.Liquid("{{ Variables.Sokande }}"))));
        definition.Variables.Add(new VariableDefinition { Id = "v-7f3a", Name = "Sokande", TypeName = "String", Value = "Åsa" });

        var instance = await new EngineHarness().RunAsync(definition);

        InstanceAssert.Finished(instance);
        Assert.Equal("Åsa", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_SeeAValueSetEarlierInTheStep_When_AVariableChangesBeforeTheTemplateRuns()
    {
        var definition = new WorkflowBuilder("liquid", "Liquid-prov").WithVariable("Count", 1).Build(new Sequence
        {
            Activities =
            {
                new SetVariable("Count", new Input<object>(Expression.JavaScript("getVariable('Count') + 1"))),
                new SetVariable("Result", new Input<object>(Expression.Liquid("varv {{ Variables.Count }}"))),
            },
        });

        var instance = await new EngineHarness().RunAsync(definition);

        Assert.Equal("varv 2", (string?)instance.Variables["Result"]);
    }

    [Fact]
    public async Task Should_ListVariablesAndInput_When_TheyAreWrittenAsJson()
    {
        var text = await LiquidRun.RenderAsync(
            "{{ Variables | json }} {{ Input | json }}",
            new JsonObject { ["Steg"] = 2 },
            new JsonObject { ["Kommun"] = "Boden" });

        Assert.Equal("""{"Steg":2} {"Kommun":"Boden"}""", text);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Should_GiveNull_When_TheTemplateIsBlank(string template)
    {
        var instance = await LiquidRun.RunAsync(template, new JsonObject { ["Result"] = "förut" });

        InstanceAssert.Finished(instance);
        Assert.Null(instance.Variables["Result"]);
    }

    private static async Task<WorkflowInstance> RunAsync(string template, int version)
    {
        var definition = new WorkflowBuilder("liquid", "Liquid-prov").WithVersion(version)
            .Build(new SetVariable("Result", new Input<object>(Expression.Liquid(template))));
        var instance = await new EngineHarness().RunAsync(definition, correlationId: LiquidRun.CaseNumber);
        InstanceAssert.Finished(instance);
        return instance;
    }
}
