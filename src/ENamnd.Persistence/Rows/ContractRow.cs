using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>
/// A contract (avtal) in the registry; options and municipalities are JSON. <see cref="EarliestDeadline"/> follows from the
/// end, the notice period and the options, and is written with them.
/// </summary>
public sealed class ContractRow
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Supplier { get; set; } = "";
    public string Kind { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int NoticePeriodMonths { get; set; }
    public string Options { get; set; } = "[]";
    public string Owner { get; set; } = "";
    public string Municipalities { get; set; } = "[]";
    public string? CaseNumber { get; set; }
    public string? Decision { get; set; }
    public string? DecisionReference { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionInstanceId { get; set; }
    public string? RegisteredByInstanceId { get; set; }

    /// <summary>The earliest day a decision can fall due (see <c>ContractSchedule.EarliestDeadline</c>); null: not known, read by every scan.</summary>
    public DateOnly? EarliestDeadline { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Maps <see cref="ContractRow"/>.</summary>
public sealed class ContractRowConfiguration : IEntityTypeConfiguration<ContractRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ContractRow> builder) => builder.ToTable("contracts").HasKey(r => r.Id);
}
