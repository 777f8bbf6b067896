using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>Reads the parts of an alterations request, collecting what is wrong, in Swedish, by JSON path.</summary>
internal static class AlterationRequest
{
    /// <summary>A list of instance ids; an empty or missing list is an error when <paramref name="required"/>.</summary>
    public static IReadOnlyList<string> ReadIds(JsonNode? node, string key, Dictionary<string, string[]> errors, bool required = true)
    {
        if (node is null && !required) return [];
        if (node is not JsonArray array || array.Count == 0)
        {
            errors[key] = ["Ange minst ett id i en lista."];
            return [];
        }
        var ids = array.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null).ToList();
        if (ids.Any(i => i is null))
        {
            errors[key] = ["Varje id måste vara en text som inte är tom."];
            return [];
        }
        return [.. ids.Distinct()!];
    }

    /// <summary>An instance filter (Elsa's <c>AlterationWorkflowInstanceFilter</c>); without one, a filter that selects nothing.</summary>
    public static AlterationInstanceFilter ReadFilter(JsonNode? node, string key, Dictionary<string, string[]> errors)
    {
        if (node is null) return new AlterationInstanceFilter();
        if (node is not JsonObject json)
        {
            errors[key] = ["Filtret måste vara ett JSON-objekt."];
            return new AlterationInstanceFilter();
        }
        // Refused rather than ignored: a plan that cancels "every match" must not match more than was asked for.
        foreach (var unsupported in new[] { "timestampFilters", "activityFilters" })
        {
            if (json.FirstOrDefault(p => string.Equals(p.Key, unsupported, StringComparison.OrdinalIgnoreCase)).Value is JsonArray { Count: > 0 })
                errors[$"{key}.{unsupported}"] = ["Filter på tidpunkter och aktiviteter stöds inte; välj instanser med id, arbetsflöde, status eller sökord."];
        }
        try
        {
            return json.Deserialize<AlterationInstanceFilter>(AlterationPlanJson.Options) ?? new AlterationInstanceFilter();
        }
        catch (JsonException)
        {
            errors[key] = ["Filtret kunde inte läsas: kontrollera fältens typer (listor av texter, statusar med namn som \"Running\" eller \"Faulted\")."];
            return new AlterationInstanceFilter();
        }
    }
}
