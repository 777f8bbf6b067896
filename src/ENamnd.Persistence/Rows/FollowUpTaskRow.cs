using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>Which goal or indicator (item key) a follow-up task asks about.</summary>
public sealed class FollowUpTaskRow
{
    public string TaskId { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ItemKey { get; set; } = "";
}

/// <summary>Maps <see cref="FollowUpTaskRow"/>.</summary>
public sealed class FollowUpTaskRowConfiguration : IEntityTypeConfiguration<FollowUpTaskRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<FollowUpTaskRow> builder) => builder.ToTable("follow_up_tasks").HasKey(r => r.TaskId);
}
