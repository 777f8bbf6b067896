using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>Maps <see cref="ParticipantRow"/>; the substitute link lets EF order inserts of people who substitute for each other.</summary>
public sealed class ParticipantRowConfiguration : IEntityTypeConfiguration<ParticipantRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ParticipantRow> builder)
    {
        builder.ToTable("participants").HasKey(r => r.Id);
        builder.HasOne<ParticipantRow>().WithMany().HasForeignKey(r => r.SubstituteId).OnDelete(DeleteBehavior.Restrict);
    }
}
