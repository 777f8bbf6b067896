using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A case (ärende): its business key, what it is about, and the main-process instance that runs it.</summary>
public sealed class CaseRow
{
    public string Id { get; set; } = "";

    /// <summary>The case number (diarienummer), unique; the correlation id of its instances.</summary>
    public string CaseNumber { get; set; } = "";

    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The initiating municipalities' codes, as a JSON array.</summary>
    public string InitiatingMunicipalities { get; set; } = "[]";

    /// <summary>The main-process instance.</summary>
    public string InstanceId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }
}

/// <summary>Maps <see cref="CaseRow"/>.</summary>
public sealed class CaseRowConfiguration : IEntityTypeConfiguration<CaseRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<CaseRow> builder) => builder.ToTable("cases").HasKey(r => r.Id);
}
