using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace ENamnd.Host.Tests.Integration.BadInput;

/// <summary>
/// Bodies a careless or hostile client sends, made from a body the endpoint accepts: values of the wrong type, missing
/// and extra members, control characters, line breaks, zero-width and huge text, boundary dates and numbers, digits of
/// other scripts, and bodies that are not JSON or not an object at all.
/// </summary>
public static class BadBodies
{
    private static readonly Gen<JsonNode?> Values = Gen.OneOf<JsonNode?>(
        Gen.Const(() => (JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.OneOf(0L, -1L, 1L, int.MaxValue, long.MinValue, 9_007_199_254_740_993L).Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.OneOf(1e308, -0.5, 3.14159, 1e-9).Select(n => (JsonNode?)JsonValue.Create(n)),
        Gen.OneOf(
            "", " ", "\u200B", "\u200B \u2060\uFEFF", "a\0b", "\0", "rad\r\nBcc: x@example.org", "rad\nrad", "\u001B[31m", "\u0085", "\u2028",
            "0001-01-01", "9999-12-31", "1899-12-31", "2022-13-01", "2031-02-30", "24:00", "13:60", "٢٠٢٦/١٤-٢", "２０２６/１４-２.２.０.１",
            "Ramavtal,GemensamtAvtal", "1", "true", "null", "roll:", "roll:okänd", "inte en adress", "https://", "javascript:alert(1)",
            "<script>alert(1)</script>", "' OR 1=1 --", "{{ 7 * 7 }}", "${7*7}", "../../etc/passwd", "Luleå\tBoden", "🙂👩\u200D💻")
            .Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Int[1, 5].SelectMany(power => Gen.Char['a', 'z'].Select(c => (JsonNode?)JsonValue.Create(new string(c, (int)Math.Pow(10, power))))),
        Gen.Const(() => (JsonNode?)new JsonArray()),
        Gen.Const(() => (JsonNode?)new JsonArray(JsonValue.Create(1), null, JsonValue.Create("x"), new JsonObject())),
        Gen.Const(() => (JsonNode?)new JsonObject { ["x"] = 1 }));

    private static readonly Gen<string> Broken = Gen.OneOf(
        "", " ", "null", "[]", "42", "\"text\"", "{", "{\"a\":", "{}}", "{\"title\":\"\\u0000\"}", "\uFEFF{}", "{\"a\":1,\"a\":2}",
        new string('[', 5000) + new string(']', 5000), "<xml/>", "title=x&caseNumber=y");

    /// <summary>A body for <paramref name="example"/>: one to three of its members changed, removed or added, or a body that is broken as a whole.</summary>
    public static Gen<string> For(string example) =>
        Gen.Frequency(
            (8, Gen.Int[1, 3].SelectMany(count => Mutation(example).Array[count]).Select(changes => Apply(example, changes))),
            (1, Broken));

    private static Gen<Change> Mutation(string example)
    {
        var paths = PathsOf(JsonNode.Parse(example)!).ToArray();
        return Gen.Frequency(
            (6, Gen.Int[0, paths.Length - 1].SelectMany(i => Values.Select(v => new Change(paths[i], Remove: false, v)))),
            (2, Gen.Int[0, paths.Length - 1].Select(i => new Change(paths[i], Remove: true, null))),
            (1, Values.Select(v => new Change("extra", Remove: false, v))));
    }

    private static string Apply(string example, Change[] changes)
    {
        var root = JsonNode.Parse(example)!;
        foreach (var change in changes) Set(root, change);
        return root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    // Paths as "a", "a.b", "a[0].b": every member and element of the example, the root's members first.
    private static IEnumerable<string> PathsOf(JsonNode node, string path = "")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    var at = path.Length == 0 ? key : $"{path}.{key}";
                    yield return at;
                    if (child is not null) foreach (var inner in PathsOf(child, at)) yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var at = $"{path}[{i}]";
                    yield return at;
                    if (array[i] is { } child) foreach (var inner in PathsOf(child, at)) yield return inner;
                }
                break;
        }
    }

    private static void Set(JsonNode root, Change change)
    {
        var (parent, last) = Parent(root, change.Path);
        var value = change.Value?.DeepClone();
        switch (parent)
        {
            case JsonObject obj when change.Remove:
                obj.Remove(last);
                break;
            case JsonObject obj:
                obj[last] = value;
                break;
            case JsonArray array when int.TryParse(last, out var index) && index < array.Count:
                if (change.Remove) array.RemoveAt(index);
                else array[index] = value;
                break;
        }
    }

    private static (JsonNode? Parent, string Last) Parent(JsonNode root, string path)
    {
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        JsonNode? node = root;
        foreach (var step in steps[..^1]) node = Step(node, step);
        var last = steps[^1];
        return (node, last.StartsWith('[') ? last[1..^1] : last);
    }

    private static JsonNode? Step(JsonNode? node, string step) => node switch
    {
        JsonArray array when step.StartsWith('[') && int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count => array[i],
        JsonObject obj when !step.StartsWith('[') => obj[step],
        _ => null,
    };

    private sealed record Change(string Path, bool Remove, JsonNode? Value);
}
