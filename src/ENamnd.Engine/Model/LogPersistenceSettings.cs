using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>
/// The log persistence settings a workflow or an activity carries in its custom properties, in both of Elsa's forms:
/// <c>logPersistenceMode</c> (<c>{default, inputs: {name: mode}, outputs: {name: mode}}</c> with the modes by name) and
/// the newer <c>logPersistenceConfig</c> that Elsa Studio writes (the same shape, each setting an object naming a strategy
/// or an expression). Where both set a value, <c>logPersistenceConfig</c> wins, as in Elsa. Names match case-insensitively
/// (Elsa writes them camelCased).
/// </summary>
public sealed partial class LogPersistenceSettings
{
    /// <summary>The custom property of Elsa's first form.</summary>
    public const string ModeKey = "logPersistenceMode";

    /// <summary>The custom property of the form Elsa Studio writes.</summary>
    public const string ConfigKey = "logPersistenceConfig";

    private readonly Dictionary<string, LogPersistenceRule> inputs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LogPersistenceRule> outputs = new(StringComparer.OrdinalIgnoreCase);

    private LogPersistenceSettings() { }

    /// <summary>The setting for every input and output that has none of its own; null when none is set.</summary>
    public LogPersistenceRule? Default { get; private set; }

    /// <summary>Whether nothing is set.</summary>
    public bool IsEmpty => Default is null && inputs.Count == 0 && outputs.Count == 0;

    /// <summary>The setting of one input, by name; null when it has none.</summary>
    public LogPersistenceRule? Input(string name) => inputs.GetValueOrDefault(name);

    /// <summary>The setting of one output, by name; null when it has none.</summary>
    public LogPersistenceRule? Output(string name) => outputs.GetValueOrDefault(name);

    /// <summary>
    /// The settings in <paramref name="customProperties"/>. A value that cannot be read counts as not set: saving refuses
    /// it (see <see cref="Problems"/>), so only a definition stored before that check can hold one.
    /// </summary>
    public static LogPersistenceSettings Of(JsonObject customProperties) => Read(customProperties, problems: null);

    /// <summary>What cannot be read in the settings of <paramref name="customProperties"/>, one Swedish line each; empty when all can.</summary>
    public static IReadOnlyList<string> Problems(JsonObject customProperties)
    {
        var problems = new List<string>();
        Read(customProperties, problems);
        return problems;
    }

    private static LogPersistenceSettings Read(JsonObject customProperties, List<string>? problems)
    {
        var settings = new LogPersistenceSettings();
        // The older form first, so that the form the Studio writes overrides it where both set a value.
        settings.ReadSection(customProperties, ModeKey, ModeRule, problems);
        settings.ReadSection(customProperties, ConfigKey, ConfigRule, problems);
        return settings;
    }

    private void ReadSection(JsonObject customProperties, string key, Func<JsonNode, string, List<string>?, LogPersistenceRule?> rule, List<string>? problems)
    {
        if (customProperties[key] is not { } section) return;
        if (section is not JsonObject settings)
        {
            problems?.Add($"{key}: ska vara ett objekt med default, inputs och outputs.");
            return;
        }
        if (settings["default"] is { } fallback && rule(fallback, $"{key}.default", problems) is { } defaultRule) Default = defaultRule;
        ReadNames(settings, key, "inputs", inputs, rule, problems);
        ReadNames(settings, key, "outputs", outputs, rule, problems);
    }

    private static void ReadNames(JsonObject settings, string key, string part, Dictionary<string, LogPersistenceRule> target,
        Func<JsonNode, string, List<string>?, LogPersistenceRule?> rule, List<string>? problems)
    {
        if (settings[part] is not { } names) return;
        if (names is not JsonObject byName)
        {
            problems?.Add($"{key}.{part}: ska vara ett objekt med ett läge per namn.");
            return;
        }
        foreach (var (name, value) in byName)
        {
            if (value is not null && rule(value, $"{key}.{part}.{name}", problems) is { } found) target[name] = found;
        }
    }
}
