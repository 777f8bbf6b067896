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
        if (text.Length > TitleTextLength) text = text[..TitleTextLength].TrimEnd() + "…";
        return $"Måluppföljning {period}: {text}";
    }

    /// <summary>What the owner is asked, with the goal, the indicator, the target and any pre-filled value.</summary>
    public static string Question(string period, FollowUpItem item)
    {
        var text = new StringBuilder()
            .Append("Uppföljning av verksamhetsplanens mål för ").Append(period).Append(".\n\n")
            .Append("Mål: ").Append(item.Goal).Append('\n');
        if (item.Indicator is { Length: > 0 } indicator) text.Append("Indikator: ").Append(indicator).Append('\n');
        if (item.Target is { Length: > 0 } target) text.Append("Målvärde: ").Append(target).Append(item.Unit is { Length: > 0 } unit ? $" ({unit})" : "").Append('\n');
        if (item.Value is { Length: > 0 } value)
            text.Append("Förifyllt utfall: ").Append(value).Append(item.ValueNote is { Length: > 0 } note ? $" – {note}" : "").Append(". Ändra om det inte stämmer.\n");
        return text.Append("\nAnge om målet är uppfyllt, delvis uppfyllt eller ej uppfyllt, utfallet, en kommentar och vid behov en åtgärdsplan.").ToString();
    }
}
