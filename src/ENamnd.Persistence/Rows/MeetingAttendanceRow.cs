using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A participant who attended a meeting, with the municipality and role they attended for.</summary>
public sealed class MeetingAttendanceRow
{
    public string MeetingId { get; set; } = "";
    public string ParticipantId { get; set; } = "";
    public string? MunicipalityCode { get; set; }

    /// <summary>The role name (<c>Ledamot</c>, <c>Ersattare</c>, <c>Beredningsgrupp</c>, …).</summary>
    public string Role { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Maps <see cref="MeetingAttendanceRow"/>.</summary>
public sealed class MeetingAttendanceRowConfiguration : IEntityTypeConfiguration<MeetingAttendanceRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingAttendanceRow> builder) =>
        builder.ToTable("meeting_attendance").HasKey(r => new { r.MeetingId, r.ParticipantId });
}
