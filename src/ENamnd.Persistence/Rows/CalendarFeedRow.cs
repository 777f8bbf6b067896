using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A person's calendar subscription (kalenderprenumeration): the generation of its address and the SHA-256 of its token, never the token.</summary>
public sealed class CalendarFeedRow
{
    /// <summary>The participant the feed belongs to.</summary>
    public string ParticipantId { get; set; } = "";

    /// <summary>Raised by every renewal; the token is derived from it, so a renewed address differs from the old one.</summary>
    public int Generation { get; set; }

    /// <summary>The SHA-256 (lowercase hex) of the current token; null while the feed is revoked.</summary>
    public string? TokenHash { get; set; }

    /// <summary>When the current address was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the feed was revoked; null while it is active.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>Maps <see cref="CalendarFeedRow"/>.</summary>
public sealed class CalendarFeedRowConfiguration : IEntityTypeConfiguration<CalendarFeedRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CalendarFeedRow> builder) => builder.ToTable("calendar_feeds").HasKey(r => r.ParticipantId);
}
