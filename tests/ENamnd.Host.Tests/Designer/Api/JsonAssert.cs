using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Designer.Api;

/// <summary>Checks of JSON shapes: camelCase keys present (case-sensitive) and collections non-null.</summary>
internal static class JsonAssert
{
    public static void HasKeys(JsonNode? node, params string[] keys)
    {
        var json = Assert.IsType<JsonObject>(node);
        foreach (var key in keys) Assert.True(json.ContainsKey(key), $"'{key}' missing in {json.ToJsonString()}");
    }

    public static void HasArrays(JsonNode? node, params string[] keys)
    {
        var json = Assert.IsType<JsonObject>(node);
        foreach (var key in keys) Assert.True(json[key] is JsonArray, $"'{key}' is not an array in {json.ToJsonString()}");
    }

    public static void HasObjects(JsonNode? node, params string[] keys)
    {
        var json = Assert.IsType<JsonObject>(node);
        foreach (var key in keys) Assert.True(json[key] is JsonObject, $"'{key}' is not an object in {json.ToJsonString()}");
    }

    public static void HasLink(JsonNode? links, string rel, string method)
    {
        var array = Assert.IsType<JsonArray>(links);
        Assert.Contains(array, l => (string?)l!["rel"] == rel && (string?)l["method"] == method && ((string?)l["href"])?.StartsWith('/') == true);
    }

    /// <summary>Every property name at this level is camelCase.</summary>
    public static void CamelCase(JsonNode? node)
    {
        var json = Assert.IsType<JsonObject>(node);
        foreach (var (key, _) in json) Assert.True(char.IsLower(key[0]), $"'{key}' is not camelCase");
    }
}
