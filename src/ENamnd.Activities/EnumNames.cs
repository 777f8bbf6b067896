namespace ENamnd.Activities;

/// <summary>
/// Reads a value of an enumeration from what a person typed, by its name only. <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/>
/// also takes numbers ("2") and comma lists ("Exercised,Declined"), which name no single value.
/// </summary>
public static class EnumNames
{
    /// <summary>Whether <paramref name="text"/> (trimmed, any case) is the name of a value of <typeparamref name="T"/>.</summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        if (string.IsNullOrEmpty(name)) return false;
        var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return match is not null && Enum.TryParse(match, out value);
    }

    /// <summary>The names of <typeparamref name="T"/>'s values, joined for a message: "Open, Exercised eller Declined".</summary>
    public static string Listed<T>()
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} eller {names[^1]}";
    }
}
