using System.Net;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

public class DescriptorEndpointsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_DescribeEveryActivityInElsaShape_When_ToolboxLoads()
    {
        var list = await api.GetObjectAsync("/descriptors/activities?Refresh=True");

        JsonAssert.HasKeys(list, "items", "count");
        var items = list["items"]!.AsArray();
        Assert.Equal(items.Count, (int)list["count"]!);
        foreach (var descriptor in items)
        {
            JsonAssert.HasKeys(descriptor, "typeName", "namespace", "name", "version", "category", "displayName", "description", "kind",
                "inputs", "outputs", "ports", "customProperties", "constructionProperties", "isContainer", "isBrowsable", "isStart", "isTerminal");
            JsonAssert.CamelCase(descriptor);
            JsonAssert.HasArrays(descriptor, "inputs", "outputs", "ports");
            JsonAssert.HasObjects(descriptor, "customProperties", "constructionProperties");
            Assert.False(string.IsNullOrEmpty((string?)descriptor!["category"]));
            foreach (var input in descriptor["inputs"]!.AsArray())
            {
                JsonAssert.HasKeys(input, "name", "typeName", "displayName", "isBrowsable", "isWrapped", "uiHint", "defaultSyntax", "uiSpecifications");
                JsonAssert.CamelCase(input);
            }
        }
        var writeLine = items.Single(d => (string?)d!["typeName"] == "Elsa.WriteLine");
        Assert.Equal("Text", (string?)writeLine!["inputs"]![0]!["name"]);
    }

    [Fact]
    public async Task Should_GiveEachToolboxGroupItsOwnLabel_When_ToolboxLoads()
    {
        var items = (await api.GetObjectAsync("/descriptors/activities"))["items"]!.AsArray().Where(d => (bool)d!["isBrowsable"]!).ToList();

        // Elsa Studio groups by the whole category and labels the group by the text before the first '/'.
        var categories = items.Select(d => (string)d!["category"]!).Distinct().ToList();
        var labels = categories.Select(c => c.Split('/')[0]).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        var ours = items.Where(d => ((string)d!["typeName"]!).StartsWith("ENamnd.", StringComparison.Ordinal))
            .ToDictionary(d => (string)d!["displayName"]!, d => (string)d!["category"]!);
        Assert.Equal("E-nämnd beslut", ours["Begär godkännande"]);
        Assert.Equal("E-nämnd beslut", ours["Inhämta kommunbeslut"]);
        Assert.Equal("E-nämnd beslut", ours["Inhämta garantiåtaganden"]);
        Assert.Equal("E-nämnd beslut", ours["Invänta nämndbeslut"]);
        Assert.Equal("E-nämnd uppgifter", ours["Utför uppgift"]);
        Assert.Equal("E-nämnd kommunikation", ours["Skicka e-post"]);
        Assert.Equal("E-nämnd avtal", ours["Registrera avtal"]);
        Assert.Equal("E-nämnd avtal", ours["Förslag till beslut vid avtalsslut"]);
        Assert.Equal("E-nämnd avtal", ours["För in beslut vid avtalsslut"]);
        Assert.Equal("E-nämnd uppföljning", ours["Begär måluppföljning"]);
    }

    [Fact]
    public async Task Should_DescribeEveryStoredTypeAndVersion_When_DefinitionsExist()
    {
        var saved = await api.SaveAsync(ElsaJson.Model(null, "Typer",
            [ElsaJson.WriteLine("a1", "Hej"), ElsaJson.Event("e1", "x"), ElsaJson.SetVariable("s1", "x", "1")]));

        var described = (await api.GetObjectAsync("/descriptors/activities"))["items"]!.AsArray()
            .Select(d => ((string?)d!["typeName"], (int)d["version"]!)).ToHashSet();

        foreach (var activity in ElsaJson.ActivitiesOf(saved))
            Assert.Contains(((string?)activity!["type"], (int)activity["version"]!), described);
    }

    [Fact]
    public async Task Should_OfferPublishedWorkflowAsActivity_When_UsableAsActivity()
    {
        var model = ElsaJson.Chain(null, "Kontroll av underlag", ElsaJson.WriteLine("a1", "Hej"));
        model["options"] = new JsonObject { ["usableAsActivity"] = true };
        model["inputs"] = new JsonArray(new JsonObject { ["type"] = "String", ["name"] = "Underlag", ["displayName"] = "Underlag" });
        model["outcomes"] = new JsonArray("Komplett", "Ofullständig");
        var saved = await api.SaveAsync(model, publish: true);

        var descriptor = (await api.GetObjectAsync("/descriptors/activities"))["items"]!.AsArray()
            .Single(d => (string?)d!["typeName"] == "KontrollAvUnderlag");

        Assert.True((bool)descriptor!["isBrowsable"]!);
        Assert.Equal((int)saved["version"]!, (int)descriptor["version"]!);
        Assert.Equal("Underlag", (string?)descriptor["inputs"]![0]!["name"]);
        Assert.Equal(["Komplett", "Ofullständig"], descriptor["ports"]!.AsArray().Select(p => (string?)p!["name"]));
        Assert.Equal((string?)saved["definitionId"], (string?)descriptor["constructionProperties"]!["WorkflowDefinitionId"]);
    }

    [Fact]
    public async Task Should_DescribeTypeOnceAsWorkflow_When_PlaceholderOfThatTypeWasReadBefore()
    {
        await api.SaveAsync(ElsaJson.Model(null, "Använder granskning", [ElsaJson.Activity("g1", "GranskningAvAnsokan")]));
        var model = ElsaJson.Chain(null, "Granskning av ansokan", ElsaJson.WriteLine("a1", "Hej"));
        model["options"] = new JsonObject { ["usableAsActivity"] = true };
        await api.SaveAsync(model, publish: true);

        var descriptor = Assert.Single((await api.GetObjectAsync("/descriptors/activities"))["items"]!.AsArray(),
            d => (string?)d!["typeName"] == "GranskningAvAnsokan" && (int)d["version"]! == 1);

        Assert.True((bool)descriptor!["isBrowsable"]!);
        Assert.NotNull(descriptor["constructionProperties"]!["WorkflowDefinitionId"]);
    }

    [Fact]
    public async Task Should_AnswerEmptyOptions_When_PropertyOptionsRefreshed()
    {
        var options = await api.PostObjectAsync("/descriptors/activities/Elsa.WriteLine/options/Text", new JsonObject { ["context"] = new JsonObject() });

        Assert.IsType<JsonObject>(options["items"]);
    }

    [Fact]
    public async Task Should_ListExpressionSyntaxesWithStringProperties_When_EditorLoads()
    {
        var list = await api.GetObjectAsync("/descriptors/expression-descriptors");

        var byType = list["items"]!.AsArray().ToDictionary(d => (string)d!["type"]!, d => d!);
        Assert.Equal(["Literal", "Object", "Variable", "JavaScript", "Liquid", "CSharp"], byType.Keys);
        Assert.Equal(byType.Count, (int)list["count"]!);
        Assert.Equal("javascript", (string?)byType["JavaScript"]["properties"]!["MonacoLanguage"]);
        Assert.Equal("liquid", (string?)byType["Liquid"]["properties"]!["MonacoLanguage"]);
        Assert.False((bool)byType["Literal"]["isBrowsable"]!);
        Assert.True((bool)byType["JavaScript"]["isBrowsable"]!);
        // C# is off unless configured: listed, so stored definitions show, but not offered.
        Assert.False((bool)byType["CSharp"]["isBrowsable"]!);
        Assert.Equal("csharp", (string?)byType["CSharp"]["properties"]!["MonacoLanguage"]);
        foreach (var descriptor in byType.Values)
        {
            JsonAssert.HasKeys(descriptor, "type", "displayName", "isSerializable", "isBrowsable", "properties");
            Assert.All(descriptor["properties"]!.AsObject(), p => Assert.Equal(System.Text.Json.JsonValueKind.String, p.Value!.GetValueKind()));
        }
    }

    [Theory]
    [InlineData("/descriptors/workflow-activation-strategies")]
    [InlineData("/descriptors/incident-strategies")]
    [InlineData("/descriptors/commit-strategies/workflows")]
    [InlineData("/descriptors/commit-strategies/activities")]
    [InlineData("/features/installed")]
    public async Task Should_AnswerEmptyListResponse_When_StrategiesOrFeaturesAsked(string path)
    {
        var list = await api.GetObjectAsync(path);

        Assert.Empty(list["items"]!.AsArray());
        Assert.Equal(0, (int)list["count"]!);
    }

    [Fact]
    public async Task Should_ListStorageDriversVariableTypesAndConverters_When_DialogsOpen()
    {
        var drivers = await api.GetObjectAsync("/descriptors/storage-drivers");
        var variables = await api.GetObjectAsync("/descriptors/variables");
        var converters = await api.GetObjectAsync("/descriptors/output-converters?sourceType=String&destinationType=Object");

        JsonAssert.HasKeys(drivers["items"]![0], "typeName", "displayName", "priority", "deprecated");
        var types = variables["items"]!.AsArray();
        Assert.All(types, t => JsonAssert.HasKeys(t, "typeName", "displayName", "category", "description"));
        Assert.Equal(["String", "Boolean", "Int32", "Int64", "Decimal", "Double", "DateTimeOffset", "TimeSpan", "Object", "JsonObject"],
            types.Select(t => (string?)t!["typeName"]));
        Assert.Empty(converters["items"]!.AsArray());
        Assert.False(variables.ContainsKey("count"));
    }

    [Fact]
    public async Task Should_Answer404_When_SingleFeatureAsked()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/features/installed/Elsa.Resilience")).StatusCode);
    }

    [Fact]
    public async Task Should_DeclareScriptGlobalsAndVariables_When_TypeDefinitionsAsked()
    {
        var model = ElsaJson.Chain(null, "Skript", ElsaJson.WriteLine("a1", "Hej"));
        model["variables"] = new JsonArray(new JsonObject { ["id"] = "v1", ["name"] = "Belopp", ["typeName"] = "Decimal", ["isArray"] = false });
        var saved = await api.SaveAsync(model);

        var response = await api.PostAsync($"/scripting/javascript/type-definitions/{saved["definitionId"]}", new JsonObject());
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var declaration in new[] { "declare function getVariable", "declare function setVariable", "declare const variables", "declare const input", "declare const correlationId" })
            Assert.Contains(declaration, text);
        Assert.Contains("\"Belopp\": number;", text);
    }
}
