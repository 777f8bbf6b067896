using System.Globalization;
using System.Text;
using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Decisions;

/// <summary>The Swedish text of a request for a guarantee commitment, and the amounts and percentages in it.</summary>
public static class CommitmentTexts
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The task title, e.g. "Garantiåtagande – Kalix".</summary>
    internal static string Title(string municipality) => $"Garantiåtagande – {municipality}";

    /// <summary>
    /// What the municipality (by its official name, "Bodens kommun") is asked: its share and how it was computed, and
    /// after a re-split why it changed and what it was asked before.
    /// </summary>
    internal static string Question(CommitmentState state, AllocationShare share, string officialName, decimal? cap, PreviousShare? previous)
    {
        var terms = state.Terms;
        var text = new StringBuilder()
            .Append($"Norrbottens e-nämnd ber {officialName} om ett garantiåtagande")
            .Append(terms.Validity is { Length: > 0 } validity ? $" för {validity}" : "").Append(".\n\n");
        if (terms.Basis is { Length: > 0 } basis)
            text.Append($"Kommunens andel är {Kronor.Format(share.Amount)}.\n{basis}\n");
        else
            text.Append($"Kommunens andel är {Kronor.Format(share.Amount)} ({Percent(share.Percent)} av {Kronor.Format(terms.Total)}), fördelad efter {terms.ModelText()}.\n");
        if (cap is { } max) text.Append($"Kommunens maxbelopp enligt överenskommelsen är {Kronor.Format(max)}.\n");
        // A municipality asked again learns why and what it was asked before; one asked for the first time needs neither.
        if (previous is not null)
        {
            var reasons = Reasons(state);
            if (reasons.Count > 0) text.Append($"\nAndelen är omräknad eftersom {List(reasons)}.");
            text.Append(previous.Committed
                ? $" Kommunen åtog sig tidigare {Kronor.Format(previous.Amount)}; det åtagandet ersätts av svaret på den här frågan.\n"
                : $" Den tidigare frågan om {Kronor.Format(previous.Amount)} gäller inte längre.\n");
        }
        return text.Append("\nÅtar sig kommunen att bära sin andel av kostnaderna?").ToString();
    }

    // "Haparanda har anslutit sig till ärendet", "Kalix har avstått" (those who joined first).
    private static List<string> Reasons(CommitmentState state) =>
    [
        .. state.Joined.Select(name => $"{name} har anslutit sig till ärendet"),
        .. state.Ledger.Where(e => e.Status == CommitmentStatus.Withdrawn).Select(e => $"{e.Name} har avstått"),
    ];

    /// <summary>A percentage as Swedish text, "22,54 %".</summary>
    public static string Percent(decimal percent) => $"{percent.ToString("0.##", Swedish)} %";

    private static string List(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} och {names[^1]}";
}
