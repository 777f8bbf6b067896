using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class SaveValidationTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_RefuseAndKeepGraph_When_SaveWouldWipeIt()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Skydd", ElsaJson.WriteLine("a1", "1"), ElsaJson.WriteLine("a2", "2"), ElsaJson.WriteLine("a3", "3")));

        var wiped = ElsaJson.Edit(saved, m =>
        {
            m["root"]!["activities"] = new JsonArray();
            m["root"]!["connections"] = new JsonArray();
        });
        var response = await api.SaveRawAsync(wiped);

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.StartsWith("Sparandet stoppades") && m.Contains("3 aktiviteter"));
        var stored = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{saved["definitionId"]}");
        Assert.Equal(3, ElsaJson.ActivitiesOf(stored).Count);
    }

    [Fact]
    public async Task Should_AllowClearing_When_DraftIsSmall()
    {
        var saved = await api.SaveAsync(ElsaJson.Chain(null, "Liten", ElsaJson.WriteLine("a1", "1"), ElsaJson.WriteLine("a2", "2")));

        var cleared = await api.SaveAsync(ElsaJson.Edit(saved, m =>
        {
            m["root"]!["activities"] = new JsonArray();
            m["root"]!["connections"] = new JsonArray();
        }));

        Assert.Empty(ElsaJson.ActivitiesOf(cleared));
    }

    [Fact]
    public async Task Should_SaveAsPlaceholderAndWarn_When_ActivityTypeIsUnknown()
    {
        var model = ElsaJson.Chain(null, "Okänd typ", ElsaJson.Activity("a1", "Acme.Saknas"), ElsaJson.WriteLine("a2", "efter"));

        var answer = await DesignerApi.ReadObjectAsync(await api.SaveRawAsync(model));

        var warning = Assert.Single(answer["warnings"]!.AsArray());
        Assert.Contains("'Acme.Saknas' version 1 finns inte i motorn", (string?)warning);
        var stored = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{answer["workflowDefinition"]!["definitionId"]}");
        Assert.Equal(["Acme.Saknas", "Elsa.WriteLine"], ElsaJson.ActivitiesOf(stored).Select(a => (string)a!["type"]!));
        var descriptors = await api.GetObjectAsync("/descriptors/activities?Refresh=True");
        var placeholder = Assert.Single(descriptors["items"]!.AsArray(), d => (string?)d!["typeName"] == "Acme.Saknas")!;
        Assert.False((bool)placeholder["isBrowsable"]!);
    }

    [Theory]
    [InlineData("Förstudie-2")]
    [InlineData("arbets flöde")]
    [InlineData("a\r\nLocation: https://example.org")]
    [InlineData("\u200B")]
    [InlineData("-börjar-med-streck")]
    public async Task Should_RefuseAndSaveNothing_When_TheDefinitionIdIsUnsafe(string definitionId)
    {
        var response = await api.SaveRawAsync(ElsaJson.Chain(definitionId, "Osäkert id", ElsaJson.WriteLine("a1", "1")));

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.StartsWith("definitionId: ", StringComparison.Ordinal) && m.Contains("får bara innehålla"));
        var list = await api.GetObjectAsync("/workflow-definitions?searchTerm=Osäkert");
        Assert.Equal(0, (int)list["totalCount"]!);
    }

    [Theory]
    [InlineData("definitionId", 42, "definitionId: måste vara en text.")]
    [InlineData("name", true, "name: måste vara en text.")]
    [InlineData("name", "Rad ett\nRad två", "name: namnet får vara högst 300 tecken och inte innehålla radbrytningar eller styrtecken.")]
    public async Task Should_Answer400_When_AnIdentityMemberHasTheWrongTypeOrALineBreak(string key, object value, string message)
    {
        var model = ElsaJson.Chain(null, "Fel typ", ElsaJson.WriteLine("a1", "1"));
        model[key] = System.Text.Json.JsonSerializer.SerializeToNode(value);

        var response = await api.SaveRawAsync(model);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await DesignerApi.ErrorsAsync(response));
    }

    [Fact]
    public async Task Should_Refuse_When_ModelMissing()
    {
        var response = await api.PostAsync("/workflow-definitions", new JsonObject { ["publish"] = false });

        Assert.NotEmpty(await DesignerApi.ErrorsAsync(response));
    }

    [Fact]
    public async Task Should_SaveDraftButRefusePublish_When_ConnectionDangles()
    {
        var model = ElsaJson.Model(null, "Lös koppling", [ElsaJson.WriteLine("a1", "Hej")], [ElsaJson.Connection("a1", "borta")]);

        var draft = await api.SaveAsync(model);
        var publish = await api.SaveRawAsync(ElsaJson.Edit(draft, _ => { }), publish: true);
        var publishEndpoint = await api.PostAsync($"/workflow-definitions/{draft["definitionId"]}/publish", new JsonObject());

        Assert.Contains(await DesignerApi.ErrorsAsync(publish), m => m.Contains("'borta', som inte finns"));
        Assert.Contains(await DesignerApi.ErrorsAsync(publishEndpoint), m => m.Contains("'borta', som inte finns"));
        var stored = await api.GetObjectAsync($"/workflow-definitions/by-definition-id/{draft["definitionId"]}");
        Assert.False((bool)stored["isPublished"]!);
    }

    [Fact]
    public async Task Should_RefusePublish_When_ALiteralCannotBeWhatTheInputTakes()
    {
        var delay = ElsaJson.Activity("d1", "Elsa.Delay");
        delay["timeSpan"] = new JsonObject { ["typeName"] = "TimeSpan", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "2022-13-01" } };

        var response = await api.SaveRawAsync(ElsaJson.Chain(null, "Fel fördröjning", delay), publish: true);

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.Contains("TimeSpan", StringComparison.Ordinal) && m.Contains("2022-13-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_RefusePublish_When_ExpressionIsInvalid()
    {
        var model = ElsaJson.Chain(null, "Dåligt skript", ElsaJson.SetVariable("s1", "x", "return (;"));

        var response = await api.SaveRawAsync(model, publish: true);

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.Contains("JavaScript-fel"));
    }
}
