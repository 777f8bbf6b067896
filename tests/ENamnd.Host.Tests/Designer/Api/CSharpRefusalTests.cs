using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>With the default configuration C# is off: a definition that uses it is refused on save and import, and nothing is stored.</summary>
public class CSharpRefusalTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    private readonly DesignerApi api = new(factory.CreateCoordinatorClient());

    [Fact]
    public async Task Should_RefuseSaveSayingHowToTurnItOn_When_ExpressionIsCSharp()
    {
        var write = ElsaJson.Activity("a1", "Elsa.WriteLine", new JsonObject
        {
            ["text"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "CSharp", ["value"] = "\"hej\"" } },
        });

        var response = await api.SaveRawAsync(ElsaJson.Chain(null, "C# i uttryck", write));

        var error = Assert.Single(await DesignerApi.ErrorsAsync(response));
        Assert.Contains("C# är avstängt", error);
        Assert.Contains("Engine:Expressions:CSharp:Enabled = true", error);
        var list = await api.GetObjectAsync("/workflow-definitions?searchTerm=C%23%20i%20uttryck");
        Assert.Equal(0, (int)list["totalCount"]!);
    }

    [Fact]
    public async Task Should_RefuseImport_When_DefinitionRunsCSharp()
    {
        var run = ElsaJson.Activity("a1", "Elsa.RunCSharp", new JsonObject
        {
            ["script"] = new JsonObject { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = "return \"Foo\";" } },
        });
        var model = ElsaJson.Chain("importerad-csharp", "Importerad C#", run);

        var response = await api.PostAsync("/workflow-definitions/import", model);

        Assert.Contains(await DesignerApi.ErrorsAsync(response), m => m.Contains("Elsa.RunCSharp") && m.Contains("C# är avstängt"));
        var list = await api.GetObjectAsync("/workflow-definitions?searchTerm=Importerad%20C%23");
        Assert.Equal(0, (int)list["totalCount"]!);
    }
}
