using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>One instance's job in an alteration plan: its status by name and its log as JSON.</summary>
public sealed class AlterationJobRow
{
    public string Id { get; set; } = "";
    public string PlanId { get; set; } = "";
    public string WorkflowInstanceId { get; set; } = "";
    public string Status { get; set; } = "";

    /// <summary>The log entries, as a JSON array.</summary>
    public string Log { get; set; } = "[]";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>Maps <see cref="AlterationJobRow"/>.</summary>
public sealed class AlterationJobRowConfiguration : IEntityTypeConfiguration<AlterationJobRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<AlterationJobRow> builder) => builder.ToTable("alteration_jobs").HasKey(r => r.Id);
}
