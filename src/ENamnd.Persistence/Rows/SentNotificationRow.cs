using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>
/// One thing a scheduled job has done (an alert, a reminder, a follow-up created), under its
/// idempotency key. The key is the primary key, so a second run, or a second host, cannot do it again.
/// </summary>
public sealed class SentNotificationRow
{
    /// <summary>The idempotency key (<see cref="Ledger.LedgerKey.Value"/>), e.g. <c>contract-alert:{id}:2027-03-31:6m</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>What was done, e.g. <c>contract-alert</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>What it was about, e.g. <c>contract:{id}</c>.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The outbox message that carries it, if it is an email.</summary>
    public string? OutboxId { get; set; }

    /// <summary>When it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Maps <see cref="SentNotificationRow"/>.</summary>
public sealed class SentNotificationRowConfiguration : IEntityTypeConfiguration<SentNotificationRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<SentNotificationRow> builder) =>
        builder.ToTable("sent_notifications").HasKey(r => r.Key);
}
