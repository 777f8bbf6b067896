using System.Globalization;

namespace ENamnd.Activities.Meetings;

/// <summary>
/// The paragraphs (§) of the committee's minutes: each decision is one, numbered through the calendar year across the
/// committee's meetings. Written "§ 12"; "12", "§12" and "§ 12" are read alike.
/// </summary>
public static class Paragraphs
{
    /// <summary>The highest paragraph number accepted.</summary>
    public const int Max = 9999;

    /// <summary>The paragraph's number, or null when the text is not one.</summary>
    public static int? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.StartsWith('§')) trimmed = trimmed[1..].TrimStart();
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= Max ? number : null;
    }

    /// <summary>A paragraph as the minutes write it: "§ 12".</summary>
    public static string Format(int number) => $"§ {number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The text written the way the minutes write it, or null when it is not a paragraph.</summary>
    public static string? Normalize(string? text) => Parse(text) is { } number ? Format(number) : null;
}
