using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>An annual plan (verksamhetsplan): one per year, its goals and indicators as JSON.</summary>
public sealed class PlanRow
{
    public string Id { get; set; } = "";
    public int Year { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The goals with their indicators, as a JSON array.</summary>
    public string Goals { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Maps <see cref="PlanRow"/>.</summary>
public sealed class PlanRowConfiguration : IEntityTypeConfiguration<PlanRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PlanRow> builder) => builder.ToTable("plans").HasKey(r => r.Id);
}
