using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;

namespace ENamnd.Host.Tests.Infrastructure.Http;

/// <summary>The host's API and the designer's API refuse a request with one problem shape, in Swedish.</summary>
public sealed class ProblemShapeTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    // errors maps keys to arrays of strings: the shape Elsa Studio's client requires.
    private const string ValidationShape = "detail:String, errors:{[String]}, status:Number, title:String, type:String";

    [Fact]
    public async Task Should_AnswerTheSameValidationShape_When_HostAndDesignerRefuseInput()
    {
        using var client = factory.CreateCoordinatorClient();
        var designer = new DesignerApi(client);

        var host = await ProblemAsync(await client.PostJsonAsync("/api/participants", """{"email":"fel","municipality":"Oslo"}"""), HttpStatusCode.BadRequest);
        var hostQuery = await ProblemAsync(await client.GetAsync("/api/cases?status=Halvklar"), HttpStatusCode.BadRequest);
        var elsa = await ProblemAsync(await designer.PostAsync("/workflow-definitions", new JsonObject { ["publish"] = false }), HttpStatusCode.BadRequest);

        Assert.Equal(ValidationShape, ShapeOf(host));
        Assert.Equal(ValidationShape, ShapeOf(hostQuery));
        Assert.Equal(ValidationShape, ShapeOf(elsa));
        Assert.Equal("Ogiltig begäran", (string?)host["title"]);
        Assert.Equal("Namn saknas. Ogiltig e-postadress: 'fel'. Okänd kommun: 'Oslo'.", (string?)host["detail"]);
        Assert.Equal(["Namn saknas.", "Ogiltig e-postadress: 'fel'.", "Okänd kommun: 'Oslo'."], host["errors"]!["request"]!.AsArray().Select(m => (string?)m));
        Assert.StartsWith("Okänd status 'Halvklar'", (string?)hostQuery["detail"], StringComparison.Ordinal);
        Assert.Equal([(string?)hostQuery["detail"]], hostQuery["errors"]!["request"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("Arbetsflödet kunde inte sparas", (string?)elsa["title"]);
        Assert.Equal("Begäran saknar arbetsflödet (model).", (string?)elsa["detail"]);
        Assert.Equal(["Begäran saknar arbetsflödet (model)."], elsa["errors"]!["workflowDefinition"]!.AsArray().Select(m => (string?)m));
    }

    [Theory]
    [InlineData("/api/instances", "{", "Begäran är inte giltig JSON eller har ett värde av fel typ.")]
    [InlineData("/api/instances", """{"definitionId":1}""", "Begäran är inte giltig JSON eller har ett värde av fel typ (vid $.definitionId).")]
    [InlineData("/api/definitions", "[]", "Begäran är inte giltig JSON eller har ett värde av fel typ.")]
    [InlineData("/api/bookmarks/finns-inte/resume", """{"input":""", "Begäran är inte giltig JSON eller har ett värde av fel typ.")]
    [InlineData("/api/tasks/finns-inte/complete", """{"token":5}""", "Begäran är inte giltig JSON eller har ett värde av fel typ (vid $.token).")]
    [InlineData("/elsa/api/workflow-definitions", """{"model":5}""", "Begäran är inte giltig JSON eller har ett värde av fel typ (vid $.model).")]
    public async Task Should_AnswerTheValidationShape_When_TheFrameworkCannotBindTheBody(string url, string json, string detail)
    {
        using var client = factory.CreateCoordinatorClient();

        var problem = await ProblemAsync(await client.PostJsonAsync(url, json), HttpStatusCode.BadRequest);

        Assert.Equal(ValidationShape, ShapeOf(problem));
        Assert.Equal("Ogiltig begäran", (string?)problem["title"]);
        Assert.Equal(detail, (string?)problem["detail"]);
        Assert.Equal([detail], problem["errors"]!["request"]!.AsArray().Select(m => (string?)m));
    }

    [Fact]
    public async Task Should_AnswerTheSameNotFoundShape_When_HostAndDesignerMissTheResource()
    {
        using var client = factory.CreateCoordinatorClient();
        var designer = new DesignerApi(client);

        var host = await ProblemAsync(await client.GetAsync("/api/instances/finns-inte"), HttpStatusCode.NotFound);
        var elsa = await ProblemAsync(await designer.DeleteAsync("/workflow-definitions/finns-inte"), HttpStatusCode.NotFound);

        Assert.Equal(ShapeOf(host), ShapeOf(elsa));
        Assert.Equal("detail:String, status:Number, title:String, type:String", ShapeOf(host));
        Assert.Equal("Hittades inte", (string?)host["title"]);
        Assert.Equal("Hittades inte", (string?)elsa["title"]);
        Assert.Equal("Instansen 'finns-inte' finns inte.", (string?)host["detail"]);
        Assert.Equal("Arbetsflödet 'finns-inte' finns inte.", (string?)elsa["detail"]);
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem.AsObject();
    }

    // The members and the kinds of their values, e.g. "errors:{[String]}" for an object of string arrays.
    private static string ShapeOf(JsonObject problem) =>
        string.Join(", ", problem.OrderBy(member => member.Key, StringComparer.Ordinal).Select(member => $"{member.Key}:{KindOf(member.Value)}"));

    private static string KindOf(JsonNode? node) => node switch
    {
        JsonObject members => "{" + string.Join("|", members.Select(member => KindOf(member.Value)).Distinct()) + "}",
        JsonArray items => "[" + string.Join("|", items.Select(KindOf).Distinct()) + "]",
        JsonValue value => value.GetValueKind().ToString(),
        _ => "Null",
    };
}
