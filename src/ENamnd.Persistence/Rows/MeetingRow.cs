using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A meeting (sammanträde) of the committee or the preparation group; times are Stockholm local with their UTC instants.</summary>
public sealed class MeetingRow
{
    public string Id { get; set; } = "";

    /// <summary>The body (the <c>MeetingBody</c> name): <c>Namnd</c> or <c>Beredningsgrupp</c>.</summary>
    public string Body { get; set; } = "";

    /// <summary>The local date, <c>yyyy-MM-dd</c>.</summary>
    public string Date { get; set; } = "";

    /// <summary>The local start time, <c>HH:mm</c>.</summary>
    public string StartTime { get; set; } = "";

    /// <summary>The local end time, <c>HH:mm</c>.</summary>
    public string EndTime { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string Location { get; set; } = "";
    public string? OnlineLink { get; set; }

    /// <summary>Scheduled or Cancelled.</summary>
    public string Status { get; set; } = "";

    /// <summary>The iCalendar SEQUENCE: raised on every change of time or place.</summary>
    public int Sequence { get; set; }

    public string? CancelReason { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The justerare, as a JSON array of participant ids.</summary>
    public string Justerare { get; set; } = "[]";

    /// <summary>The day the minutes were checked (justerade), <c>yyyy-MM-dd</c>.</summary>
    public string? JusteradOn { get; set; }

    /// <summary>The day the notice of justering was posted on the notice board (anslag), <c>yyyy-MM-dd</c>.</summary>
    public string? AnslagPostedOn { get; set; }
}

/// <summary>Maps <see cref="MeetingRow"/>.</summary>
public sealed class MeetingRowConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingRow> builder) => builder.ToTable("meetings").HasKey(r => r.Id);
}
