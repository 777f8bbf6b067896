using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>Maps <see cref="ParticipantRoleRow"/>; the link to the participant makes EF write the person before their roles.</summary>
public sealed class ParticipantRoleRowConfiguration : IEntityTypeConfiguration<ParticipantRoleRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ParticipantRoleRow> builder)
    {
        builder.ToTable("participant_roles").HasKey(r => r.Id);
        builder.HasOne<ParticipantRow>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
