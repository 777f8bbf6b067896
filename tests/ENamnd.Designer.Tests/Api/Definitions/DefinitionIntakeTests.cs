using System.Text.Json.Nodes;
using ENamnd.Designer.Api.Definitions;
using ENamnd.Engine;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Designer.Tests.Api.Definitions;

public class DefinitionIntakeTests
{
    private readonly ServiceProvider services = new ServiceCollection().AddWorkflowEngine().AddSingleton<DefinitionIntake>().BuildServiceProvider();

    private static JsonObject Model(string definitionId, params JsonObject[] activities) => new()
    {
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["root"] = new JsonObject { ["id"] = "fc", ["type"] = "Elsa.Flowchart", ["version"] = 1, ["activities"] = new JsonArray([.. activities]) },
    };

    [Fact]
    public async Task Should_SaveAndWarnPerSource_When_ModelsHoldActivityTypesTheEngineLacks()
    {
        var intake = services.GetRequiredService<DefinitionIntake>();
        var unknown = new JsonObject { ["id"] = "a1", ["name"] = "Faktura", ["type"] = "Acme.SendInvoice", ["version"] = 2, ["amount"] = 5 };

        var (saved, errors, warnings) = await intake.TakeAsync(
        [
            ("ok.json", Model("intag-ok", new JsonObject { ["id"] = "w", ["type"] = "Elsa.WriteLine", ["version"] = 1 }), null),
            ("okand.json", Model("intag-okand", unknown), true),
        ], CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal(2, saved.Count);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("okand.json: Aktiviteten 'Faktura': aktivitetstypen 'Acme.SendInvoice' version 2 finns inte i motorn", warning);
        var stored = await services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("intag-okand", VersionOptions.Published);
        var placeholder = Assert.IsType<NotFoundActivity>(Assert.Single(((Flowchart)stored!.Root).Activities));
        Assert.Equal(5, (int)placeholder.OriginalJson["amount"]!);
    }

    [Fact]
    public async Task Should_SaveNothingAndWarnOfNothing_When_OneModelIsInvalid()
    {
        var intake = services.GetRequiredService<DefinitionIntake>();
        var unknown = new JsonObject { ["id"] = "a1", ["type"] = "Acme.SendInvoice", ["version"] = 1 };

        var (saved, errors, warnings) = await intake.TakeAsync(
        [
            ("okand.json", Model("intag-okand-2", unknown), null),
            ("trasig.json", Model("intag-trasig", new JsonObject { ["id"] = "utan-typ" }), null),
        ], CancellationToken.None);

        Assert.Empty(saved);
        Assert.Empty(warnings);
        Assert.Contains(errors, e => e.StartsWith("trasig.json: ") && e.Contains("saknar type"));
        Assert.Null(await services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("intag-okand-2", VersionOptions.Latest));
    }
}
