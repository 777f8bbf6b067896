using System.Text;

namespace ENamnd.Activities.Goals;

/// <summary>The Swedish title and question of a follow-up task.</summary>
internal static class FollowUpTexts
{
    private const int TitleTextLength = 60;

    /// <summary>E.g. "Måluppföljning tertial 1 2022: Nämnden har genomfört minst fyra …".</summary>
    public static string Title(string period, FollowUpItem item)
    {
        var text = item.Title;
        if (text.Length > TitleTextLength)
        {
            // Cut between words, never inside one: up to the last space within the limit (a single long word is cut).
            var cut = text[..(TitleTextLength + 1)].LastIndexOf(' ');
            text = (cut > 0 ? text[..cut] : text[..TitleTextLength]).TrimEnd(' ', ',', ';', ':', '–', '-') + "…";
        }
        return $"Måluppföljning {period}: {text}";
    }

    /// <summary>What the owner is asked, with the goal, the indicator, the target and any pre-filled value.</summary>
    public static string Question(string period, FollowUpItem item)
    {
        var text = new StringBuilder()
            .Append("Uppföljning av verksamhetsplanens mål för ").Append(period).Append(".\n\n")
            .Append("Mål: ").Append(item.Goal).Append('\n');
        if (item.Indicator is { Length: > 0 } indicator) text.Append("Indikator: ").Append(indicator).Append('\n');
        if (item.Target is { Length: > 0 } target) text.Append("Målvärde: ").Append(TargetText(target, item.Unit)).Append('\n');
        if (item.Value is { Length: > 0 } value)
            text.Append("Förifyllt utfall: ").Append(value).Append(item.ValueNote is { Length: > 0 } note ? $" – {note}" : "").Append(". Ändra om det inte stämmer.\n");
        return text.Append("\nAnge om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt, utfallet, en kommentar och vid behov en åtgärdsplan.").ToString();
    }

    /// <summary>A target as people read it: a yes/no target "ja" or "nej", not "true (ja/nej)"; any other with its unit.</summary>
    public static string TargetText(string target, string? unit) => target.Trim().ToLowerInvariant() switch
    {
        "true" or "ja" => "ja",
        "false" or "nej" => "nej",
        _ => unit is { Length: > 0 } ? $"{target} ({unit})" : target,
    };
}
