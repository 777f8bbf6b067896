using System.Globalization;
using System.Text;

namespace ENamnd.Activities.Contracts;

/// <summary>
/// The Swedish texts of contract monitoring. They name the owner as people read it (see
/// <see cref="People.RecipientNames"/>) and link to nothing: the contract register has no page a person can open yet.
/// </summary>
public static class ContractEmails
{
    /// <summary>The subject of an alert sent on <paramref name="today"/>, with the real time left: "(7 veckor kvar)".</summary>
    public static string AlertSubject(Contract contract, ContractDeadline deadline, DateOnly today) =>
        $"Avtalsbevakning: beslut om ”{contract.Terms.Name}” senast {Day(deadline.Date)} ({SwedishTimeLeft.Remaining(today, deadline.Date)})";

    /// <summary>The text of an alert sent on <paramref name="today"/>; it counts the time left from that day, not from the alert's threshold. <paramref name="owner"/> is the contract's owner in words.</summary>
    public static string AlertBody(Contract contract, ContractDeadline deadline, DateOnly today, string owner)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{When(today, deadline.Date)} måste ett beslut om avtalet ”{contract.Terms.Name}” vara taget: ");
        text.AppendLine(deadline.Option is { } option
            ? $"om optionen att förlänga avtalet {option.ExtendMonths} {Months(option.ExtendMonths)} ska utnyttjas."
            : $"om avtalet ska sägas upp eller ersättas (uppsägningstid {contract.Terms.NoticePeriodMonths} {Months(contract.Terms.NoticePeriodMonths)} före avtalets slut).");
        text.AppendLine("Beslutet fattas av nämnden: avtalsägaren och samordnaren lämnar ett förslag till beslut, som anmäls till nämndens sista planerade sammanträde fram till beslutsdagen.");
        text.AppendLine();
        text.Append(Summary(contract, deadline, owner));
        return text.ToString();
    }

    /// <summary>The subject of the warning that a contract ended without a decision.</summary>
    public static string ExpiredSubject(Contract contract) => $"Avtalsbevakning: ”{contract.Terms.Name}” har löpt ut utan beslut";

    /// <summary>The text of the warning that a contract ended without a decision.</summary>
    public static string ExpiredBody(Contract contract) =>
        $"Avtalet ”{contract.Terms.Name}” med {contract.Terms.Supplier} löpte ut {Day(contract.Terms.EndDate)} utan att något beslut vid avtalsslut har registrerats.\n"
        + "Kontrollera om tjänsten fortfarande används och registrera beslutet, eller uppdatera avtalet om det har förlängts.\n"
        + (contract.Terms.CaseNumber is { } caseNumber ? $"\nÄrende: {caseNumber}\n" : "");

    /// <summary>The facts of a contract: supplier, kind, period, deadline, options, owner (<paramref name="owner"/>, in words), municipalities.</summary>
    public static string Summary(Contract contract, ContractDeadline deadline, string owner)
    {
        var terms = contract.Terms;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Avtal: {terms.Name}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Leverantör: {terms.Supplier}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Typ: {(terms.Kind == ContractKind.Ramavtal ? "ramavtal" : "gemensamt avtal")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Avtalstid: {Day(terms.StartDate)} – {Day(terms.EndDate)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Uppsägningstid: {terms.NoticePeriodMonths} {Months(terms.NoticePeriodMonths)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Beslut senast: {Day(deadline.Date)}");
        foreach (var option in terms.Options)
            text.AppendLine(CultureInfo.InvariantCulture, $"Option: förlängning {option.ExtendMonths} {Months(option.ExtendMonths)}, beslut senast {Day(option.DecideBy)} ({Status(option.Status)})");
        if (terms.Options.Count == 0) text.AppendLine("Optioner: inga");
        text.AppendLine(CultureInfo.InvariantCulture, $"Avtalsägare: {owner}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Kommuner: {string.Join(", ", terms.Municipalities)}");
        if (terms.CaseNumber is { } caseNumber) text.AppendLine(CultureInfo.InvariantCulture, $"Ärende: {caseNumber}");
        return text.ToString();
    }

    /// <summary>A day in Swedish, e.g. "31 mars 2027".</summary>
    public static string Day(DateOnly day) => SwedishDates.Day(day);

    // "Om 7 veckor, senast 19 maj 2027,"; on the last two days "Senast i morgon, 1 april 2027,". Monitoring sends no alert after the deadline.
    private static string When(DateOnly today, DateOnly deadline) => (deadline.DayNumber - today.DayNumber) switch
    {
        < 0 => $"Senast {Day(deadline)}",
        0 => $"Senast i dag, {Day(deadline)},",
        1 => $"Senast i morgon, {Day(deadline)},",
        _ => $"Om {SwedishTimeLeft.Span(today, deadline)}, senast {Day(deadline)},",
    };

    private static string Months(int n) => n == 1 ? "månad" : "månader";

    private static string Status(ContractOptionStatus status) => status switch
    {
        ContractOptionStatus.Exercised => "utnyttjad",
        ContractOptionStatus.Declined => "ej utnyttjad",
        _ => "öppen",
    };
}
