using System.Text.Json;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Contracts;

/// <summary>Maps contracts to and from their rows.</summary>
internal static class ContractRows
{
    /// <summary>The contract a row holds.</summary>
    public static Contract ToContract(ContractRow row) => new()
    {
        Id = row.Id,
        Terms = new ContractTerms
        {
            Name = row.Name,
            Supplier = row.Supplier,
            Kind = Enum.Parse<ContractKind>(row.Kind),
            StartDate = row.StartDate,
            EndDate = row.EndDate,
            NoticePeriodMonths = row.NoticePeriodMonths,
            Options = OptionsOf(row),
            Owner = row.Owner,
            Municipalities = JsonSerializer.Deserialize<List<string>>(row.Municipalities, ValueConverter.JsonOptions) ?? [],
            CaseNumber = row.CaseNumber,
        },
        Decision = row.Decision is null ? null : new ContractDecisionState(row.Decision, row.DecisionReference, row.DecidedBy, row.DecidedAt, row.DecisionInstanceId),
        CreatedAt = row.CreatedAt,
        UpdatedAt = row.UpdatedAt,
    };

    /// <summary>Writes <paramref name="terms"/> into <paramref name="row"/>.</summary>
    public static void SetTerms(ContractRow row, ContractTerms terms)
    {
        row.Name = terms.Name;
        row.Supplier = terms.Supplier;
        row.Kind = terms.Kind.ToString();
        row.StartDate = terms.StartDate;
        row.EndDate = terms.EndDate;
        row.NoticePeriodMonths = terms.NoticePeriodMonths;
        row.Options = JsonSerializer.Serialize(terms.Options, ValueConverter.JsonOptions);
        row.Owner = terms.Owner;
        row.Municipalities = JsonSerializer.Serialize(terms.Municipalities, ValueConverter.JsonOptions);
        row.CaseNumber = terms.CaseNumber;
        row.EarliestDeadline = ContractSchedule.EarliestDeadline(terms.EndDate, terms.NoticePeriodMonths, terms.Options);
    }

    /// <summary>The options of a row.</summary>
    public static List<ContractOption> OptionsOf(ContractRow row) =>
        JsonSerializer.Deserialize<List<ContractOption>>(row.Options, ValueConverter.JsonOptions) ?? [];
}
