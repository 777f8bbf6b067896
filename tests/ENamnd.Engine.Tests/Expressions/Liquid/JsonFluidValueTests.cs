using System.Text.Json.Nodes;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>JSON variables and input read in Liquid as objects, arrays and scalars.</summary>
public class JsonFluidValueTests
{
    private static JsonObject Case() => new()
    {
        ["Case"] = new JsonObject
        {
            ["title"] = "Gemensam e-tjänsteplattform",
            ["budget"] = 1250000.5m,
            ["open"] = true,
            ["contact"] = new JsonObject { ["name"] = "Samordnaren", ["email"] = "samordnare@example.org" },
            ["municipalities"] = new JsonArray("Luleå", "Piteå", "Kiruna"),
            ["phases"] = new JsonArray(new JsonObject { ["name"] = "Förstudie", ["cost"] = 200000 }, new JsonObject { ["name"] = "Införande", ["cost"] = 50000 }),
            ["closedAt"] = null,
        },
    };

    [Theory]
    [InlineData("{{ Variables.Case.title }}", "Gemensam e-tjänsteplattform")]
    [InlineData("{{ Variables.Case.contact.email }}", "samordnare@example.org")]
    [InlineData("{{ Variables.Case.municipalities[1] }}", "Piteå")]
    [InlineData("{{ Variables.Case.municipalities.first }}–{{ Variables.Case.municipalities.last }}", "Luleå–Kiruna")]
    [InlineData("{{ Variables.Case.municipalities.size }} kommuner", "3 kommuner")]
    [InlineData("{{ Variables.Case.phases[0].name }}", "Förstudie")]
    [InlineData("{{ Variables.Case.open }}", "true")]
    [InlineData("[{{ Variables.Case.closedAt }}][{{ Variables.Case.missing }}][{{ Variables.Missing.member }}]", "[][][]")]
    [InlineData("{% if Variables.Case.closedAt == nil and Variables.Case.missing == nil %}öppet{% endif %}", "öppet")]
    [InlineData("{% if Variables.Case.open %}pågår{% else %}stängt{% endif %}", "pågår")]
    public async Task Should_ReadNestedMembers_When_AVariableHoldsJson(string template, string expected)
    {
        Assert.Equal(expected, await LiquidRun.RenderAsync(template, Case()));
    }

    [Fact]
    public async Task Should_LoopOverItems_When_AVariableHoldsAJsonArray()
    {
        var text = await LiquidRun.RenderAsync(
            "{% for phase in Variables.Case.phases %}{{ forloop.index }}. {{ phase.name }}: {{ phase.cost }} kr{% unless forloop.last %};\n{% endunless %}{% endfor %}",
            Case());

        Assert.Equal("1. Förstudie: 200000 kr;\n2. Införande: 50000 kr", text);
    }

    [Fact]
    public async Task Should_JoinAndSortItems_When_ArrayFiltersAreUsed()
    {
        var text = await LiquidRun.RenderAsync("{{ Variables.Case.municipalities | sort | join: ', ' }}; {{ Variables.Case.phases | map: 'cost' | sum }}", Case());

        Assert.Equal("Kiruna, Luleå, Piteå; 250000", text);
    }

    [Fact]
    public async Task Should_WriteDecimalsTheSwedishWay_When_ANumberIsRendered()
    {
        var text = await LiquidRun.RenderAsync("{{ Variables.Case.budget }} kr, {{ Variables.Case.budget | plus: 0.25 }} kr, {{ Variables.Case.budget | times: 2 }} kr", Case());

        Assert.Equal("1250000,5 kr, 1250000,75 kr, 2500001,0 kr", text);
    }

    [Fact]
    public async Task Should_ReadWorkflowInputAsJson_When_TheInputHoldsAnObject()
    {
        var input = new JsonObject { ["Applicant"] = new JsonObject { ["name"] = "Åsa Öberg", ["municipalities"] = new JsonArray("Luleå", "Boden") } };

        var text = await LiquidRun.RenderAsync("{{ Input.Applicant.name }} ({{ Input.Applicant.municipalities | join: ' och ' }})", input: input);

        Assert.Equal("Åsa Öberg (Luleå och Boden)", text);
    }

    [Fact]
    public async Task Should_WriteTheValueAsJson_When_TheJsonFilterIsUsed()
    {
        var text = await LiquidRun.RenderAsync("{{ Variables.Case.phases[1] | json }} {{ Variables.Case.municipalities | json }}", Case());

        Assert.Equal("""{"name":"Inf\u00F6rande","cost":50000} ["Lule\u00E5","Pite\u00E5","Kiruna"]""", text);
    }
}
