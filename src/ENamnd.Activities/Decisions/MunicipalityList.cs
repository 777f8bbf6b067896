using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Decisions;

/// <summary>
/// Reads a list of municipalities as coordinators write it: names or codes separated by comma, semicolon
/// or new line ("Boden, Piteå, 2580"), "alla" for all member municipalities, or a JSON array (the value
/// of a list variable, e.g. the participants another activity found).
/// </summary>
internal static class MunicipalityList
{
    private const string All = "alla";

    /// <summary>The municipalities in the order given, each once; faults with a Swedish message for an empty list or unknown names.</summary>
    public static IReadOnlyList<Municipality> Parse(string? text, MunicipalityRegistry registry)
    {
        var items = Items(text);
        if (items.Count == 1 && string.Equals(items[0], All, StringComparison.OrdinalIgnoreCase)) return registry.All;
        if (items.Count == 0) throw new ActivityFaultException("Inga kommuner är angivna.");
        try
        {
            return registry.Resolve(items).DistinctBy(municipality => municipality.Code).ToList();
        }
        catch (UnknownMunicipalityException exception)
        {
            throw new ActivityFaultException(exception.Message);
        }
    }

    /// <summary>The names in a list: comma, semicolon or line separated, or a JSON array (as a participants variable holds them).</summary>
    public static List<string> Items(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (!trimmed.StartsWith('['))
            return [.. trimmed.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        try
        {
            return JsonNode.Parse(trimmed) is JsonArray array
                ? [.. array.Select(item => item is JsonValue value ? value.ToString().Trim() : "").Where(item => item.Length > 0)]
                : [];
        }
        catch (JsonException)
        {
            throw new ActivityFaultException($"Kommunlistan ser ut som JSON men kan inte läsas: {trimmed}");
        }
    }
}
