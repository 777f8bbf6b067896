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
        ], import: true, CancellationToken.None);

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
        ], import: true, CancellationToken.None);

        Assert.Empty(saved);
        Assert.Empty(warnings);
        Assert.Contains(errors, e => e.StartsWith("trasig.json: ") && e.Contains("saknar type"));
        Assert.Null(await services.GetRequiredService<IWorkflowDefinitionStore>().FindAsync("intag-okand-2", VersionOptions.Latest));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Should_KeepTheVersionIdOfANewDefinition_When_ImportedAndTheIdIsFree(bool import, bool kept)
    {
        var intake = services.GetRequiredService<DefinitionIntake>();
        var model = Model($"intag-id-{import}");
        model["id"] = $"export-v1-{import}";

        var (saved, errors, _) = await intake.TakeAsync([(null, model, true)], import, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal(kept, saved[0].Id == $"export-v1-{import}");
        Assert.Equal(kept, await services.GetRequiredService<IWorkflowDefinitionStore>().FindByIdAsync($"export-v1-{import}") is not null);
    }

    [Fact]
    public async Task Should_GiveANewVersionId_When_TheImportedIdIsTakenOrTheDefinitionExists()
    {
        var intake = services.GetRequiredService<DefinitionIntake>();
        var first = Model("intag-upptagen");
        first["id"] = "upptaget-id";
        var other = Model("intag-annan");
        other["id"] = "upptaget-id";
        var again = Model("intag-upptagen");
        again["id"] = "ledigt-id";

        var (saved, errors, _) = await intake.TakeAsync([(null, first, true), (null, other, true), (null, again, true)], import: true, CancellationToken.None);

        Assert.Empty(errors);
        Assert.Equal("upptaget-id", saved[0].Id);
        Assert.NotEqual("upptaget-id", saved[1].Id);
        Assert.Equal("intag-annan", saved[1].DefinitionId);
        Assert.NotEqual("ledigt-id", saved[2].Id);
        Assert.Equal(2, saved[2].Version);
    }
}
