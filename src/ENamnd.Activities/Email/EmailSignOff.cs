namespace ENamnd.Activities.Email;

/// <summary>The line every email ends with, the committee's name, so a reader knows who wrote to them.</summary>
public static class EmailSignOff
{
    /// <summary>The sign-off.</summary>
    public const string Text = "Norrbottens e-nämnd";

    /// <summary>The text ending with the sign-off after a blank line; a text that already ends with it is left as it is.</summary>
    public static string AddTo(string? text)
    {
        var trimmed = (text ?? "").TrimEnd();
        if (trimmed.EndsWith(Text, StringComparison.Ordinal)) return text!;
        return trimmed.Length == 0 ? Text : $"{trimmed}\n\n{Text}";
    }
}
