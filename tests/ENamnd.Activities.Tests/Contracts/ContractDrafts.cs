using System.Globalization;
using ENamnd.Activities.Contracts;
using ENamnd.Activities.Municipalities;

namespace ENamnd.Activities.Tests.Contracts;

/// <summary>The contract draft the validator tests start from, and their helpers.</summary>
internal static class ContractDrafts
{
    public static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Default;

    public static readonly ContractDraft Example = new()
    {
        Name = " E-tjänsteplattform ",
        Supplier = "Leverantör AB",
        Kind = "GemensamtAvtal",
        StartDate = "2018-01-01",
        EndDate = "2027-12-31",
        NoticePeriodMonths = 6,
        Options = [new ContractOptionDraft { ExtendMonths = 24, DecideBy = "2027-03-31" }],
        Owner = "samordnare@example.org",
        Municipalities = ["luleå", "2582"],
        CaseNumber = " 2021/29-2.2.0.1 ",
    };

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
