using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A signal a step sent to another instance: written with the step, deleted once delivered.</summary>
public sealed class PendingSignalRow
{
    /// <summary>The stable signal id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The instance whose step sent it.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>The signal as JSON, its kind in <c>kind</c>.</summary>
    public string Signal { get; set; } = "";

    /// <summary>When its step ran.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>Maps <see cref="PendingSignalRow"/>.</summary>
public sealed class PendingSignalRowConfiguration : IEntityTypeConfiguration<PendingSignalRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<PendingSignalRow> builder) =>
        builder.ToTable("pending_signals").HasKey(r => r.Id);
}
