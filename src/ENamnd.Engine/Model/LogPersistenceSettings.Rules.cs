using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

public sealed partial class LogPersistenceSettings
{
    /// <summary>
    /// The strategies of Elsa's <c>logPersistenceConfig</c>, by the type name Elsa gives them (its designer lists them from
    /// <c>/descriptors/log-persistence-strategies</c>): the mode each stands for. Elsa's <c>Configuration</c> strategy
    /// takes the server's configured mode, which here is always <see cref="LogPersistenceMode.Inherit"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, LogPersistenceMode> Strategies = new Dictionary<string, LogPersistenceMode>(StringComparer.Ordinal)
    {
        ["Elsa.Workflows.LogPersistence.Strategies.Inherit, Elsa.Workflows.Core"] = LogPersistenceMode.Inherit,
        ["Elsa.Workflows.LogPersistence.Strategies.Include, Elsa.Workflows.Core"] = LogPersistenceMode.Include,
        ["Elsa.Workflows.LogPersistence.Strategies.Exclude, Elsa.Workflows.Core"] = LogPersistenceMode.Exclude,
        ["Elsa.Workflows.LogPersistence.Strategies.Configuration, Elsa.Workflows.Core"] = LogPersistenceMode.Inherit,
    };

    /// <summary>A mode by name (any case) or by number (0 Inherit, 1 Include, 2 Exclude), as Elsa reads it.</summary>
    public static LogPersistenceMode? ParseMode(JsonNode? value) => value switch
    {
        JsonValue text when text.TryGetValue<string>(out var name) && IsModeName(name) => Enum.Parse<LogPersistenceMode>(name, ignoreCase: true),
        JsonValue number when number.TryGetValue<int>(out var n) && Enum.IsDefined((LogPersistenceMode)n) => (LogPersistenceMode)n,
        _ => null,
    };

    private static bool IsModeName(string name) => Enum.GetNames<LogPersistenceMode>().Contains(name, StringComparer.OrdinalIgnoreCase);

    private static LogPersistenceRule? ModeRule(JsonNode value, string path, List<string>? problems)
    {
        if (ParseMode(value) is { } mode) return LogPersistenceRule.Of(mode);
        problems?.Add($"{path}: {Show(value)} är inget loggningsläge; tillåtna är Inherit, Include och Exclude.");
        return null;
    }

    private static LogPersistenceRule? ConfigRule(JsonNode value, string path, List<string>? problems)
    {
        if (value is not JsonObject config)
        {
            problems?.Add($"{path}: ska vara ett objekt med evaluationMode och strategyType eller expression.");
            return null;
        }
        switch (EvaluationMode(config["evaluationMode"]))
        {
            case "Strategy":
                // Elsa takes a missing strategy as Inherit.
                if (config["strategyType"] is not JsonValue type || !type.TryGetValue<string>(out var name) || string.IsNullOrEmpty(name))
                    return LogPersistenceRule.Of(LogPersistenceMode.Inherit);
                if (Strategies.TryGetValue(name, out var mode)) return LogPersistenceRule.Of(mode);
                problems?.Add($"{path}.strategyType: '{name}' är ingen känd loggningsstrategi; tillåtna är {string.Join(", ", Strategies.Keys.Select(k => k.Split(',')[0].Split('.')[^1]).Distinct())}.");
                return null;
            case "Expression":
                if (config["expression"] is not JsonObject expression) return LogPersistenceRule.Of(LogPersistenceMode.Inherit);
                if (expression["type"] is JsonValue syntax && syntax.TryGetValue<string>(out var type2) && type2.Length > 0)
                    return new LogPersistenceRule(LogPersistenceMode.Inherit, new Expression(type2, expression["value"]?.DeepClone()));
                problems?.Add($"{path}.expression: uttrycket saknar type.");
                return null;
            default:
                problems?.Add($"{path}.evaluationMode: {Show(config["evaluationMode"])} är inget utvärderingssätt; tillåtna är Strategy och Expression.");
                return null;
        }
    }

    // Elsa writes the evaluation mode by name, or by number (0 Strategy, 1 Expression); a missing one is Strategy.
    private static string? EvaluationMode(JsonNode? value) => value switch
    {
        null => "Strategy",
        JsonValue text when text.TryGetValue<string>(out var name) && name.Equals("Strategy", StringComparison.OrdinalIgnoreCase) => "Strategy",
        JsonValue text when text.TryGetValue<string>(out var name) && name.Equals("Expression", StringComparison.OrdinalIgnoreCase) => "Expression",
        JsonValue number when number.TryGetValue<int>(out var n) && n is 0 or 1 => n == 0 ? "Strategy" : "Expression",
        _ => null,
    };

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}
