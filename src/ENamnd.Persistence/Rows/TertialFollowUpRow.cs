using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>
/// The follow-up of one plan after one tertial: the workflow instance that asks the owners, the items
/// as they were asked, the deadline, and once compiled the report and where it was put on the agenda.
/// </summary>
public sealed class TertialFollowUpRow
{
    /// <summary>E.g. <c>{planId}:2022-T1</c>.</summary>
    public string Id { get; set; } = "";
    public string PlanId { get; set; } = "";
    public int Year { get; set; }

    /// <summary>1, 2 or 3.</summary>
    public int Tertial { get; set; }

    /// <summary>The deterministic id of the <c>Tertialuppfoljning</c> instance.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>The items asked about, as a JSON array.</summary>
    public string Items { get; set; } = "[]";

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }

    /// <summary>The compiled report, as JSON; null until compiled.</summary>
    public string? Report { get; set; }

    public DateTimeOffset? ReportCompiledAt { get; set; }

    /// <summary>The agenda item that carries the report to a committee meeting.</summary>
    public string? AgendaItemId { get; set; }

    public DateTimeOffset? MeetingDate { get; set; }
}

/// <summary>Maps <see cref="TertialFollowUpRow"/>.</summary>
public sealed class TertialFollowUpRowConfiguration : IEntityTypeConfiguration<TertialFollowUpRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<TertialFollowUpRow> builder) => builder.ToTable("tertial_follow_ups").HasKey(r => r.Id);
}
