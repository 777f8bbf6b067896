using System.Text.Json.Nodes;
using ENamnd.Engine.Model;

namespace ENamnd.Designer.Api.Shared;

/// <summary>Reads a <c>versionOptions</c> value the way Elsa writes it (a name or a version number).</summary>
public static class VersionOptionsQuery
{
    /// <summary>The options of <paramref name="text"/>, <paramref name="fallback"/> when empty; null when unreadable.</summary>
    public static VersionOptions? Parse(string? text, VersionOptions fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return VersionOptions.TryParse(text, out var options) ? options : null;
    }

    /// <summary>A <c>versionOptions</c> value of a JSON body as text: a name as it is, a number as its digits; null when absent.</summary>
    public static string? TextOf(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    /// <summary>The message for an unreadable value.</summary>
    public static string Unreadable(string? text) =>
        $"Okänt värde på versionOptions: '{text}'. Använd Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions eller ett versionsnummer.";
}
