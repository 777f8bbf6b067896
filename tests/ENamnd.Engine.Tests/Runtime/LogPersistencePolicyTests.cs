using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Tests.Activities;

namespace ENamnd.Engine.Tests.Runtime;

public class LogPersistencePolicyTests
{
    [Theory]
    // Nothing set: Elsa's default keeps everything.
    [InlineData(null, null, null, LogPersistenceMode.Include)]
    // The activity's own setting for the input wins; Inherit passes to the activity's default, then the workflow's.
    [InlineData(null, "Exclude", "Inherit", LogPersistenceMode.Exclude)]
    [InlineData(null, "Exclude", "Include", LogPersistenceMode.Include)]
    [InlineData(null, "Include", "Exclude", LogPersistenceMode.Exclude)]
    [InlineData("Exclude", null, null, LogPersistenceMode.Exclude)]
    [InlineData("Exclude", "Include", "Inherit", LogPersistenceMode.Include)]
    [InlineData("Exclude", "Inherit", "Include", LogPersistenceMode.Include)]
    [InlineData("Exclude", "Inherit", "Exclude", LogPersistenceMode.Exclude)]
    [InlineData("Include", "Exclude", null, LogPersistenceMode.Exclude)]
    [InlineData("Inherit", "Inherit", "Inherit", LogPersistenceMode.Include)]
    // Modes are read in any case, and by number as Elsa's enum converter reads them.
    [InlineData("exclude", null, null, LogPersistenceMode.Exclude)]
    [InlineData(null, null, "2", LogPersistenceMode.Exclude)]
    public void Should_ResolveTheInputMode_When_WorkflowActivityAndInputSetIt(string? workflowDefault, string? activityDefault, string? inputMode, LogPersistenceMode expected)
    {
        var greet = new Greet();
        if (activityDefault is not null || inputMode is not null)
            greet.CustomProperties[LogPersistenceSettings.ModeKey] = Settings(activityDefault, inputs: inputMode is null ? null : new JsonObject { ["person"] = Mode(inputMode) });
        var workflow = new JsonObject();
        if (workflowDefault is not null) workflow[LogPersistenceSettings.ModeKey] = Settings(workflowDefault);

        var policy = new LogPersistencePolicy(workflow, greet);

        Assert.Equal(expected, policy.InputMode(nameof(Greet.Person)));
    }

    [Fact]
    public void Should_ResolveOutputsApartFromInputs_When_OnlyAnOutputIsExcluded()
    {
        var greet = new Greet();
        greet.CustomProperties[LogPersistenceSettings.ModeKey] = Settings("Include", outputs: new JsonObject { ["greeting"] = "Exclude" });

        var policy = new LogPersistencePolicy([], greet);

        Assert.Equal(LogPersistenceMode.Include, policy.InputMode(nameof(Greet.Person)));
        Assert.Equal(LogPersistenceMode.Exclude, policy.OutputMode(nameof(Greet.Greeting)));
        Assert.Equal(LogPersistenceMode.Include, policy.OutputMode("Other"));
    }

    [Fact]
    public void Should_PreferTheStudioForm_When_BothFormsSetTheSameInput()
    {
        var greet = new Greet();
        greet.CustomProperties[LogPersistenceSettings.ModeKey] = Settings("Exclude", inputs: new JsonObject { ["person"] = "Exclude" });
        greet.CustomProperties[LogPersistenceSettings.ConfigKey] = new JsonObject
        {
            ["inputs"] = new JsonObject { ["person"] = Strategy("Include") },
        };
        var workflow = new JsonObject
        {
            [LogPersistenceSettings.ConfigKey] = new JsonObject { ["default"] = Strategy("Exclude") },
        };

        var policy = new LogPersistencePolicy(workflow, greet);

        Assert.Equal(LogPersistenceMode.Include, policy.InputMode(nameof(Greet.Person)));
        Assert.Equal(LogPersistenceMode.Exclude, policy.OutputMode(nameof(Greet.Greeting)));
    }

    [Fact]
    public void Should_AskTheEvaluator_When_ASettingIsAnExpression()
    {
        var greet = new Greet();
        greet.CustomProperties[LogPersistenceSettings.ConfigKey] = new JsonObject
        {
            ["inputs"] = new JsonObject
            {
                ["person"] = new JsonObject { ["evaluationMode"] = "Expression", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "'Exclude'" } },
            },
        };
        var asked = new List<Expression>();

        var policy = new LogPersistencePolicy([], greet, e => { asked.Add(e); return LogPersistenceMode.Exclude; });

        Assert.Equal(LogPersistenceMode.Exclude, policy.InputMode(nameof(Greet.Person)));
        Assert.Equal(Expression.JavaScript("'Exclude'"), Assert.Single(asked));
        // An expression that yields no mode inherits.
        Assert.Equal(LogPersistenceMode.Include, new LogPersistencePolicy([], greet, _ => null).InputMode(nameof(Greet.Person)));
    }

    [Fact]
    public void Should_KeepEverything_When_NoLevelSetsAnything()
    {
        var policy = new LogPersistencePolicy(new JsonObject { ["canStartWorkflow"] = false }, new WriteLine("x"));

        Assert.True(policy.KeepsEverything);
        Assert.Equal(LogPersistenceMode.Include, policy.InputMode(nameof(WriteLine.Text)));
    }

    private static JsonObject Settings(string? fallback, JsonObject? inputs = null, JsonObject? outputs = null)
    {
        var settings = new JsonObject { ["inputs"] = inputs ?? [], ["outputs"] = outputs ?? [] };
        if (fallback is not null) settings["default"] = fallback;
        return settings;
    }

    private static JsonNode Mode(string text) => int.TryParse(text, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);

    private static JsonObject Strategy(string name) => new()
    {
        ["evaluationMode"] = "Strategy",
        ["strategyType"] = $"Elsa.Workflows.LogPersistence.Strategies.{name}, Elsa.Workflows.Core",
        ["expression"] = null,
    };
}
