using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>Renders a Liquid template in a one-step workflow (into the variable <c>Result</c>) on the harness's manual clock.</summary>
internal static class LiquidRun
{
    /// <summary>The case number the runs are correlated with.</summary>
    public const string CaseNumber = "2026/17";

    /// <summary>The instance after <paramref name="template"/> was rendered with these variables and input.</summary>
    public static async Task<WorkflowInstance> RunAsync(string template, JsonObject? variables = null, JsonObject? input = null, EngineHarness? harness = null)
    {
        var builder = new WorkflowBuilder("liquid", "Liquid-prov");
        foreach (var (name, value) in variables ?? []) builder.WithVariable(name, value?.DeepClone());
        var definition = builder.Build(new SetVariable("Result", new Input<object>(Expression.Liquid(template))) { Id = "render" });
        return await (harness ?? new EngineHarness()).RunAsync(definition, input, CaseNumber);
    }

    /// <summary>The rendered text; fails with the journal when the step faulted.</summary>
    public static async Task<string?> RenderAsync(string template, JsonObject? variables = null, JsonObject? input = null)
    {
        var instance = await RunAsync(template, variables, input);
        InstanceAssert.Finished(instance);
        return (string?)instance.Variables["Result"];
    }

    /// <summary>The message of the incident the template faulted with; fails when it rendered.</summary>
    public static async Task<string> FaultAsync(string template, JsonObject? variables = null, JsonObject? input = null)
    {
        var instance = await RunAsync(template, variables, input);
        InstanceAssert.SubStatus(WorkflowSubStatus.Faulted, instance);
        return Assert.Single(instance.Incidents).Message;
    }
}
