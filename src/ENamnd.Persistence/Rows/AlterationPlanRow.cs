using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>An alteration plan: its alterations and filter as JSON, its status by name.</summary>
public sealed class AlterationPlanRow
{
    public string Id { get; set; } = "";

    /// <summary>The alterations, as Elsa's JSON array.</summary>
    public string Alterations { get; set; } = "[]";

    /// <summary>The instance filter, as JSON.</summary>
    public string Filter { get; set; } = "{}";

    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Maps <see cref="AlterationPlanRow"/>.</summary>
public sealed class AlterationPlanRowConfiguration : IEntityTypeConfiguration<AlterationPlanRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AlterationPlanRow> builder) => builder.ToTable("alteration_plans").HasKey(r => r.Id);
}
