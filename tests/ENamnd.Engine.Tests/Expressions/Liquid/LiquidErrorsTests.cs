using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Expressions.Liquid;

/// <summary>What a template author reads when a template is wrong: in Swedish, with the place in the template.</summary>
public class LiquidErrorsTests
{
    private readonly LiquidEvaluator evaluator = new();

    [Theory]
    [InlineData("{% if Variables.X %}ja", "Liquid-mallen kan inte tolkas (rad 1, kolumn 23): '{% endif %}' saknas.")]
    [InlineData("Hej {{ Variables.Namn ", "Liquid-mallen kan inte tolkas (rad 1, kolumn 22): taggen avslutas inte med '}}'.")]
    [InlineData("{% for x in %}{% endfor %}", "Liquid-mallen kan inte tolkas (rad 1, kolumn 7): ogiltig 'for'-tagg.")]
    [InlineData("Rad ett\n{% okand %}", "Liquid-mallen kan inte tolkas (rad 2, kolumn 9): okänd tagg 'okand'.")]
    [InlineData("{{ Variables.Namn | }}", "Liquid-mallen kan inte tolkas (rad 1, kolumn 20): ett namn saknas efter '|'.")]
    [InlineData("{% assign = 1 %}", "Liquid-mallen kan inte tolkas (rad 1, kolumn 10): ett namn saknas efter 'assign'.")]
    public void Should_SayInSwedishWhereTheTemplateIsWrong_When_ItDoesNotParse(string template, string expected)
    {
        Assert.Equal(expected, evaluator.Check(Expression.Liquid(template)));
    }

    [Theory]
    [InlineData("Hej {{ Variables.Namn }}!")]
    [InlineData("{% for x in Variables.Lista %}{{ x | upcase }}{% endfor %}")]
    [InlineData("")]
    public void Should_FindNothing_When_TheTemplateParses(string template)
    {
        Assert.Null(evaluator.Check(Expression.Liquid(template)));
    }

    [Fact]
    public async Task Should_FaultTheStepWithTheSameMessage_When_AWrongTemplateRuns()
    {
        var message = await LiquidRun.FaultAsync("{% if Variables.X %}ja");

        Assert.Equal("Liquid-mallen kan inte tolkas (rad 1, kolumn 23): '{% endif %}' saknas.", message);
    }

    [Fact]
    public async Task Should_FaultInSwedish_When_AFilterFailsWhileRendering()
    {
        var message = await LiquidRun.FaultAsync("{{ Variables.Text | base64_decode }}", new JsonObject { ["Text"] = "inte base64!" });

        Assert.StartsWith("Liquid-mallen kunde inte renderas: ", message);
    }
}
