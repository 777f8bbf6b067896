using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class LogPersistenceTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_ShowEachExecutionsKeptInputsAndOutputs_When_ActivitiesSetLogPersistenceModes()
    {
        var shown = ElsaJson.WriteLine("synlig", "Syns i journalen");
        var hidden = ElsaJson.WriteLine("dold", "Syns inte");
        hidden["customProperties"]![LogPersistence] = new JsonObject { ["default"] = "Exclude", ["inputs"] = new JsonObject(), ["outputs"] = new JsonObject() };
        var counted = Script("rakna", "return 40 + 2");
        var quiet = Script("tyst", "return 'hemligt svar'");
        quiet["customProperties"]![LogPersistence] = new JsonObject { ["outputs"] = new JsonObject { ["result"] = "Exclude" } };
        var definition = await api.SaveAsync(ElsaJson.Chain(null, "Loggningslägen", shown, hidden, counted, quiet), publish: true);

        var instance = await DesignerApi.ReadObjectAsync(await api.PostAsync($"/workflow-definitions/{definition["definitionId"]}/execute", new JsonObject()));
        var records = (await api.GetObjectAsync($"/activity-executions/list?WorkflowInstanceId={instance["id"]}"))["items"]!.AsArray()
            .ToDictionary(r => (string)r!["activityName"]!, r => r!.AsObject());

        Assert.Equal("""{"Text":"Syns i journalen"}""", records["synlig"]["activityState"]!.ToJsonString());
        Assert.Equal("{}", records["dold"]["activityState"]!.ToJsonString());
        Assert.Equal(["Script"], records["rakna"]["activityState"]!.AsObject().Select(p => p.Key));
        Assert.Equal("return 40 + 2", (string?)records["rakna"]["activityState"]!["Script"]);
        Assert.Equal("""{"Result":42}""", records["rakna"]["outputs"]!.ToJsonString());
        // The instance still holds the activity's output for expressions; the execution's record leaves it out.
        Assert.Equal("{}", records["tyst"]["outputs"]!.ToJsonString());
        Assert.Equal("return 'hemligt svar'", (string?)records["tyst"]["activityState"]!["Script"]);
    }

    [Fact]
    public async Task Should_RefuseInSwedish_When_ALogPersistenceModeIsUnknown()
    {
        var line = ElsaJson.WriteLine("w1", "Hej");
        line["customProperties"]![LogPersistence] = new JsonObject { ["inputs"] = new JsonObject { ["text"] = "Ibland" } };

        var errors = await DesignerApi.ErrorsAsync(await api.SaveRawAsync(ElsaJson.Chain(null, "Okänt läge", line)));

        Assert.Contains(errors, e => e.Contains("customProperties.logPersistenceMode.inputs.text: \"Ibland\" är inget loggningsläge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_OfferTheStrategiesTheEngineResolves_When_TheEditorLoads()
    {
        var strategies = (await api.GetObjectAsync("/descriptors/log-persistence-strategies"))["items"]!.AsArray();

        Assert.Equal(
            ["Elsa.Workflows.LogPersistence.Strategies.Exclude, Elsa.Workflows.Core", "Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core", "Elsa.Workflows.LogPersistence.Strategies.Inherit, Elsa.Workflows.Core"],
            strategies.Select(s => (string)s!["typeName"]!));
        Assert.All(strategies, s => JsonAssert.HasKeys(s, "typeName", "displayName", "description"));
    }

    private const string LogPersistence = "logPersistenceMode";

    private static JsonObject Script(string id, string script) => ElsaJson.Activity(id, "Elsa.RunJavaScript", new JsonObject
    {
        ["script"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = script } },
    });
}
