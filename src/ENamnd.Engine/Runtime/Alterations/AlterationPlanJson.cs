using System.Text.Json;
using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>How a plan's filter and a job's log are written to a store: camelCase JSON with enums by name, as Elsa's API.</summary>
public static class AlterationPlanJson
{
    /// <summary>The options, shared by stores and the API.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A filter as JSON.</summary>
    public static string WriteFilter(AlterationInstanceFilter filter) => JsonSerializer.Serialize(filter, Options);

    /// <summary>A filter from JSON this class wrote.</summary>
    public static AlterationInstanceFilter ReadFilter(string json) =>
        JsonSerializer.Deserialize<AlterationInstanceFilter>(json, Options) ?? throw new JsonException("A stored alteration filter is null.");

    /// <summary>A job's log as JSON.</summary>
    public static string WriteLog(IReadOnlyList<AlterationLogEntry> log) => JsonSerializer.Serialize(log, Options);

    /// <summary>A job's log from JSON this class wrote.</summary>
    public static IReadOnlyList<AlterationLogEntry> ReadLog(string json) =>
        JsonSerializer.Deserialize<List<AlterationLogEntry>>(json, Options) ?? [];
}
