using System.Globalization;
using System.Text;
using ENamnd.Activities.Allocation;

namespace ENamnd.Activities.Decisions;

/// <summary>The Swedish text of a request for a guarantee commitment.</summary>
internal static class CommitmentTexts
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The task title, e.g. "Garantiåtagande – Kalix".</summary>
    public static string Title(string municipality) => $"Garantiåtagande – {municipality}";

    /// <summary>What the municipality (by its official name, "Bodens kommun") is asked: its share, how it was computed, and why it changed after a withdrawal.</summary>
    public static string Question(CommitmentState state, AllocationShare share, string officialName, decimal? cap)
    {
        var terms = state.Terms;
        var text = new StringBuilder()
            .Append($"Norrbottens e-nämnd ber {officialName} om ett garantiåtagande")
            .Append(terms.Validity is { Length: > 0 } validity ? $" för {validity}" : "").Append(".\n\n")
            .Append($"Kommunens andel är {Kronor.Format(share.Amount)} ({Percent(share.Percent)} av {Kronor.Format(terms.Total)}), fördelad efter {Model(terms)}.\n");
        if (cap is { } max) text.Append($"Kommunens maxbelopp enligt överenskommelsen är {Kronor.Format(max)}.\n");
        var withdrawn = state.Ledger.Where(e => e.Status == CommitmentStatus.Withdrawn).Select(e => e.Name).ToList();
        if (state.Round > 1 && withdrawn.Count > 0)
            text.Append($"\nAndelen är omräknad eftersom {List(withdrawn)} har avstått. Svaret ersätter ett tidigare svar från kommunen.\n");
        return text.Append("\nÅtar sig kommunen att bära sin andel av kostnaderna?").ToString();
    }

    private static string Model(CommitmentTerms terms) => terms.Model switch
    {
        AllocationModel.Equal => "lika delar",
        AllocationModel.Population => $"invånarantal den 31 december {terms.PopulationYear}",
        AllocationModel.Hybrid => $"{Percent((terms.EqualFraction ?? 0) * 100)} i lika delar och resten efter invånarantal den 31 december {terms.PopulationYear}",
        _ => "maxbelopp: varje kommun betalar samma andel av den faktiska kostnaden som dess maxbelopp utgör av summan av maxbeloppen",
    };

    private static string Percent(decimal percent) => $"{percent.ToString("0.##", Swedish)} %";

    private static string List(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} och {names[^1]}";
}
