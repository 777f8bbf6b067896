using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>One entry of a meeting's append-only record: who recorded what, through which channel, when.</summary>
public sealed class MeetingEventRow
{
    public long Id { get; set; }
    public string MeetingId { get; set; } = "";

    /// <summary>What was recorded, e.g. <c>justering</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Who recorded it: the signed-in coordinator, or the people who answered their tasks.</summary>
    public string RecordedBy { get; set; } = "";

    /// <summary>How it arrived: <c>api</c>, <c>email-link</c>, …</summary>
    public string Channel { get; set; } = "";

    /// <summary>What was recorded, in Swedish.</summary>
    public string? Details { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Maps <see cref="MeetingEventRow"/>.</summary>
public sealed class MeetingEventRowConfiguration : IEntityTypeConfiguration<MeetingEventRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingEventRow> builder) => builder.ToTable("meeting_events").HasKey(r => r.Id);
}
