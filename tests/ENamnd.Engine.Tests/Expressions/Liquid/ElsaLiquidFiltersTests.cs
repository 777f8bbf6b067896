using System.Text.Json.Nodes;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>Elsa's filters (<c>base64</c>, <c>keys</c>) and the Fluid filters Elsa's templates use (<c>json</c>, <c>round</c>, <c>date</c>, …).</summary>
public class ElsaLiquidFiltersTests
{
    private static JsonObject Products() => new()
    {
        ["Products"] = new JsonArray(
            new JsonObject { ["id"] = 1, ["price"] = 12.99m },
            new JsonObject { ["id"] = 2, ["price"] = 10 },
            new JsonObject { ["id"] = 3, ["price"] = 1 }),
        ["Product"] = new JsonObject { ["id"] = 2, ["price"] = 10 },
    };

    // The lines of Elsa's own Liquid scenario (a JavaScript-made product list read from Liquid).
    [Theory]
    [InlineData("First product id: {{ Variables.Products[0].id }}", "First product id: 1")]
    [InlineData("First product price rounded: {{ Variables.Products[0].price | round }}", "First product price rounded: 13")]
    [InlineData("First product as json: {{ Variables.Products[0] | json }}", "First product as json: {\"id\":1,\"price\":12.99}")]
    [InlineData("Second product id: {{ Variables.Products[1].id }}", "Second product id: 2")]
    [InlineData("Single product id: {{ Variables.Product.id }}", "Single product id: 2")]
    [InlineData("Single product as json: {{ Variables.Product | json }}", "Single product as json: {\"id\":2,\"price\":10}")]
    public async Task Should_RenderAsElsaDoes_When_ATemplateReadsAProductList(string template, string expected)
    {
        Assert.Equal(expected, await LiquidRun.RenderAsync(template, Products()));
    }

    [Theory]
    [InlineData("{{ Variables.Name | base64 }}", "w4VzYSDDlmJlcmc=")]
    [InlineData("{{ Variables.Amount | base64 }}", "MTIuNQ==")]
    [InlineData("{{ Variables.Approved | base64 }}", "VHJ1ZQ==")]
    [InlineData("{{ Variables.Product | base64 }}", "eyJpZCI6MiwicHJpY2UiOjEwfQ==")]
    [InlineData("[{{ Variables.Missing | base64 }}]", "[]")]
    public async Task Should_EncodeTheValueAsElsaDoes_When_TheBase64FilterIsUsed(string template, string expected)
    {
        var variables = new JsonObject { ["Name"] = "Åsa Öberg", ["Amount"] = 12.5m, ["Approved"] = true, ["Product"] = new JsonObject { ["id"] = 2, ["price"] = 10 } };

        Assert.Equal(expected, await LiquidRun.RenderAsync(template, variables));
    }

    [Fact]
    public async Task Should_ListTheMembers_When_TheKeysFilterIsUsedOnAnObject()
    {
        var text = await LiquidRun.RenderAsync("{{ Variables.Budgets | keys | join: ', ' }}", new JsonObject { ["Budgets"] = new JsonObject { ["Forstudie"] = 100, ["Inforande"] = 50 } });

        Assert.Equal("Forstudie, Inforande", text);
    }

    [Fact]
    public async Task Should_FaultInSwedish_When_TheKeysFilterIsUsedOnText()
    {
        var message = await LiquidRun.FaultAsync("{{ Variables.Name | keys }}", new JsonObject { ["Name"] = "Åsa" });

        Assert.Contains("Filtret keys fungerar bara på objekt.", message);
    }

    [Theory]
    [InlineData("{{ Variables.Name | upcase }}", "ÅSA ÖBERG")]
    [InlineData("{{ Variables.Name | downcase }}", "åsa öberg")]
    [InlineData("{{ Variables.Name | split: ' ' | first }}", "Åsa")]
    [InlineData("{{ Variables.Name | replace: 'Öberg', 'Lind' | append: '!' }}", "Åsa Lind!")]
    [InlineData("{{ Variables.Empty | default: 'saknas' }}", "saknas")]
    public async Task Should_ApplyFluidsStringFilters_When_TheyAreChained(string template, string expected)
    {
        Assert.Equal(expected, await LiquidRun.RenderAsync(template, new JsonObject { ["Name"] = "Åsa Öberg", ["Empty"] = "" }));
    }

    // Where the earlier renderer differed, templates now follow Liquid as Fluid (and so Elsa) renders it.
    [Theory]
    [InlineData("{{ Variables.Name | capitalize }}", "Åsa öberg")]
    [InlineData("{{ Variables.Name | escape }} {{ '<b>' | escape }}", "Åsa Öberg &lt;b&gt;")]
    [InlineData("{{ Variables.Half | round }} {{ Variables.Half | times: 2 }}", "13 25,0")]
    [InlineData("a{% if true %}\n  {% endif %}b", "ab")]
    [InlineData("{{ Variables.Due | date: 'yyyy-MM-dd' }}", "yyyy-MM-dd")]
    public async Task Should_RenderAsLiquidDoes_When_TheEarlierRendererDiffered(string template, string expected)
    {
        var variables = new JsonObject { ["Name"] = "Åsa Öberg", ["Half"] = 12.5m, ["Due"] = "2026-03-31" };

        Assert.Equal(expected, await LiquidRun.RenderAsync(template, variables));
    }

    [Theory]
    [InlineData("{{ Variables.Due | date: '%Y-%m-%d' }}", "2026-03-31")]
    [InlineData("{{ Variables.Due | date: '%-d %B %Y' }}", "31 mars 2026")]
    [InlineData("{{ Variables.Due | format_date: 'd MMMM yyyy' }}", "31 mars 2026")]
    public async Task Should_FormatDatesInSwedish_When_ADateFilterIsUsed(string template, string expected)
    {
        Assert.Equal(expected, await LiquidRun.RenderAsync(template, new JsonObject { ["Due"] = "2026-03-31" }));
    }

    [Fact]
    public async Task Should_TakeNowFromTheEngineClockInStockholmTime_When_TheTemplateAsksForNow()
    {
        // The harness's clock stands at 08:00 UTC on 5 January 2026: 09:00 in Stockholm.
        var text = await LiquidRun.RenderAsync("{{ 'now' | date: '%Y-%m-%d %H:%M' }}");

        Assert.Equal("2026-01-05 09:00", text);
    }
}
