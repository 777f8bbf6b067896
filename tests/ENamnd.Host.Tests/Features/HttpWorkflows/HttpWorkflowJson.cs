using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Designer.Api;

namespace ENamnd.Host.Tests.Features.HttpWorkflows;

/// <summary>Workflows with HTTP endpoints as Elsa Studio saves them.</summary>
internal static class HttpWorkflowJson
{
    /// <summary>An <c>Elsa.HttpEndpoint</c> with Elsa's input shapes (methods as an object expression).</summary>
    public static JsonObject Endpoint(string id, string path, string[] methods, bool allowAnonymous = false, long? sizeLimit = null)
    {
        var endpoint = ElsaJson.Activity(id, "Elsa.HttpEndpoint", new JsonObject
        {
            ["path"] = Literal("String", path),
            ["supportedMethods"] = new JsonObject
            {
                ["typeName"] = "String[]",
                ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = new JsonArray([.. methods.Select(m => (JsonNode)m)]).ToJsonString() },
            },
            ["authorize"] = Literal("Boolean", false),
            ["allowAnonymous"] = Literal("Boolean", allowAnonymous),
        });
        if (sizeLimit is { } limit) endpoint["requestSizeLimit"] = Literal("Int64", limit);
        return endpoint;
    }

    /// <summary>An <c>Elsa.WriteHttpResponse</c> whose content is a literal text or, when <paramref name="javaScript"/>, a script.</summary>
    public static JsonObject Response(string id, string content, string status = "OK", bool javaScript = false) =>
        ElsaJson.Activity(id, "Elsa.WriteHttpResponse", new JsonObject
        {
            ["statusCode"] = Literal("System.Net.HttpStatusCode, System.Net.Primitives", status),
            ["content"] = new JsonObject
            {
                ["typeName"] = "Object",
                ["expression"] = new JsonObject { ["type"] = javaScript ? "JavaScript" : "Literal", ["value"] = content },
            },
            ["responseHeaders"] = Literal("Elsa.Http.Models.HttpHeaders, Elsa.Http", "{\"X-Arbetsflode\": \"ja\"}"),
        });

    private static JsonObject Literal(string typeName, JsonNode? value) =>
        new() { ["typeName"] = typeName, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
