using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.Http;

/// <summary>
/// The one rule for text that comes in from outside (API bodies, forms, task answers): checked and normalised here,
/// before any validator of a feature sees it, so nothing downstream meets a NUL, a line break in a name or a
/// ten-megabyte title.
/// <list type="bullet">
/// <item>control characters (NUL and the other C0 and C1 controls) are refused, except tab and line breaks in
/// multi-line fields;</item>
/// <item>line breaks (CR, LF, U+2028, U+2029) are refused in single-line fields; a field is multi-line when its
/// property (or record parameter) carries <c>[DataType(DataType.MultilineText)]</c>;</item>
/// <item>a value is at most <see cref="SingleLineMax"/> characters, or <see cref="MultiLineMax"/> in a multi-line
/// field, unless the field says otherwise with <c>[MaxLength]</c>;</item>
/// <item>a value of only white space and zero-width characters is emptied, so "required" checks see it as missing.</item>
/// </list>
/// The walk covers the request's own records (the <c>ENamnd</c> namespaces), their lists and dictionaries, and JSON
/// nodes (free-form workflow input, whose strings count as multi-line).
/// </summary>
public static class RequestText
{
    /// <summary>The longest single-line value accepted by default (names, titles, references, addresses).</summary>
    public const int SingleLineMax = 500;

    /// <summary>The longest multi-line value accepted by default (descriptions, comments, reasons).</summary>
    public const int MultiLineMax = 10_000;

    private const int MaxDepth = 32;
    private static readonly ConcurrentDictionary<Type, TextField[]> Fields = new();

    /// <summary>The problems with the text in <paramref name="body"/>, keyed by the field's JSON path; empty when there are none. Zero-width-only values are emptied in place.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(object? body)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        Walk(body, "", Rule.Line, errors, 0);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The problems of <see cref="Check"/> in one list, field after field, for answers that name no field.</summary>
    public static IReadOnlyList<string> Messages(IReadOnlyDictionary<string, string[]> errors) => [.. errors.Values.SelectMany(m => m)];

    /// <summary>The problem with one value of a field, or null; for values that arrive one by one (a form field, a query parameter).</summary>
    public static string? Problem(string? value, string field, bool multiLine = false, int? maxLength = null) =>
        value is null ? null : ProblemOf(value, field, new Rule(multiLine, maxLength ?? (multiLine ? MultiLineMax : SingleLineMax)));

    /// <summary>Whether <paramref name="value"/> holds nothing but white space and zero-width characters (or nothing).</summary>
    public static bool IsBlank(string? value) => value is null || value.All(c => char.IsWhiteSpace(c) || IsZeroWidth(c));

    private static void Walk(object? value, string path, Rule rule, Dictionary<string, List<string>> errors, int depth)
    {
        if (value is null || depth > MaxDepth) return;
        switch (value)
        {
            case string text:
                if (ProblemOf(text, path, rule) is { } problem) Add(errors, path, problem);
                return;
            case JsonNode node:
                WalkJson(node, path, errors, depth);
                return;
            case JsonElement element:
                WalkJson(JsonSerializer.SerializeToNode(element), path, errors, depth);
                return;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key as string;
                    var at = Join(path, key ?? "");
                    if (key is not null && ProblemOf(key, at, Rule.Line) is { } keyProblem) Add(errors, at, keyProblem);
                    Walk(entry.Value, at, rule, errors, depth + 1);
                }
                return;
            case IList list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is string text && IsBlank(text) && text.Length > 0 && !list.IsReadOnly) list[i] = "";
                    Walk(list[i], $"{path}[{i}]", rule, errors, depth + 1);
                }
                return;
            case IEnumerable sequence:
                var index = 0;
                foreach (var item in sequence) Walk(item, $"{path}[{index++}]", rule, errors, depth + 1);
                return;
        }
        if (value.GetType().Namespace?.StartsWith("ENamnd", StringComparison.Ordinal) != true) return;
        foreach (var field in Fields.GetOrAdd(value.GetType(), FieldsOf))
        {
            var member = field.Property.GetValue(value);
            if (member is string text && text.Length > 0 && IsBlank(text) && field.Property.CanWrite)
            {
                field.Property.SetValue(value, "");
                continue;
            }
            Walk(member, Join(path, field.Name), field.Rule, errors, depth + 1);
        }
    }

    private static void WalkJson(JsonNode? node, string path, Dictionary<string, List<string>> errors, int depth)
    {
        if (node is null || depth > MaxDepth) return;
        switch (node)
        {
            case JsonObject obj:
                if (!HasDistinctNames(obj))
                {
                    Add(errors, path, $"{(path.Length == 0 ? "Begäran" : $"Fältet {path}")} har samma namn två gånger.");
                    return;
                }
                foreach (var (key, child) in obj)
                {
                    var at = Join(path, key);
                    if (ProblemOf(key, at, Rule.Line) is { } problem) Add(errors, at, problem);
                    WalkJson(child, at, errors, depth + 1);
                }
                return;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) WalkJson(array[i], $"{path}[{i}]", errors, depth + 1);
                return;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (ProblemOf(value.GetValue<string>(), path, Rule.Text) is { } text) Add(errors, path, text);
                return;
        }
    }

    // A JSON object read with the same member name twice throws when first enumerated; it is refused here instead.
    private static bool HasDistinctNames(JsonObject obj)
    {
        try
        {
            _ = obj.Count;
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string? ProblemOf(string value, string field, Rule rule)
    {
        var name = field.Length == 0 ? "Texten" : $"Fältet {field}";
        foreach (var c in value)
        {
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                if (!rule.MultiLine) return $"{name} får inte innehålla radbrytningar.";
            }
            else if (c != '\t' && char.IsControl(c))
            {
                return $"{name} innehåller ett otillåtet tecken (styrtecken U+{(int)c:X4}).";
            }
        }
        return value.Length > rule.MaxLength ? $"{name} får vara högst {rule.MaxLength} tecken långt (nu {value.Length})." : null;
    }

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E';

    private static void Add(Dictionary<string, List<string>> errors, string path, string problem)
    {
        var key = path.Length == 0 ? ApiProblems.RequestKey : path;
        if (!errors.TryGetValue(key, out var list)) errors[key] = list = [];
        list.Add(problem);
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static TextField[] FieldsOf(Type type)
    {
        var parameters = type.GetConstructors().SelectMany(c => c.GetParameters())
            .GroupBy(p => p.Name ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .Select(p =>
                {
                    var parameter = parameters.GetValueOrDefault(p.Name);
                    var multiLine = (p.GetCustomAttribute<DataTypeAttribute>() ?? parameter?.GetCustomAttribute<DataTypeAttribute>())?.DataType == DataType.MultilineText;
                    var max = (p.GetCustomAttribute<MaxLengthAttribute>() ?? parameter?.GetCustomAttribute<MaxLengthAttribute>())?.Length;
                    var name = p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name);
                    return new TextField(p, name, new Rule(multiLine, max ?? (multiLine ? MultiLineMax : SingleLineMax)));
                }),
        ];
    }

    private sealed record TextField(PropertyInfo Property, string Name, Rule Rule);

    private sealed record Rule(bool MultiLine, int MaxLength)
    {
        public static readonly Rule Line = new(false, SingleLineMax);
        public static readonly Rule Text = new(true, MultiLineMax);
    }
}
