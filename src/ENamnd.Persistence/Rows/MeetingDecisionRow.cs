using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>The committee's decision on an agenda item, as the secretary recorded it; one per item (the key).</summary>
public sealed class MeetingDecisionRow
{
    public string AgendaItemId { get; set; } = "";
    public string MeetingId { get; set; } = "";

    /// <summary>Approved, Rejected, Tabled or ReturnedForRevision.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The paragraph in the minutes, e.g. <c>§ 12</c>.</summary>
    public string? Paragraph { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>Declared immediately checked (omedelbart justerad) at the meeting: in force at once.</summary>
    public bool Immediate { get; set; }

    /// <summary>The members who reserved themselves against the decision (reservation), as a JSON array of participant ids.</summary>
    public string Reservations { get; set; } = "[]";

    /// <summary>The föredragande: the participant id of who presented the matter.</summary>
    public string? Presenter { get; set; }

    /// <summary>The day an appeal (överklagande) was registered, <c>yyyy-MM-dd</c>; null when none was.</summary>
    public string? AppealRegisteredOn { get; set; }

    /// <summary>Who appealed.</summary>
    public string? AppealBy { get; set; }

    /// <summary>The court's outcome (the <c>AppealOutcome</c> name) once decided.</summary>
    public string? AppealOutcome { get; set; }

    /// <summary>The day of the court's decision, <c>yyyy-MM-dd</c>.</summary>
    public string? AppealDecidedOn { get; set; }
}

/// <summary>Maps <see cref="MeetingDecisionRow"/>.</summary>
public sealed class MeetingDecisionRowConfiguration : IEntityTypeConfiguration<MeetingDecisionRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<MeetingDecisionRow> builder) =>
        builder.ToTable("meeting_decisions").HasKey(r => r.AgendaItemId);
}
