using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>
/// One link of the evidence chain: a sealed row of an evidence table, the hash of its content and the hash that ties it to
/// the link before. Append-only; written by the sealer, never by a step.
/// </summary>
public sealed class EvidenceLinkRow
{
    /// <summary>The link's place in the chain: 1 for the first, then one more for each link, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>The sealed row's table, e.g. <c>decisions</c>.</summary>
    public string TableName { get; set; } = "";

    /// <summary>The sealed row's key (its <c>id</c>).</summary>
    public long RowKey { get; set; }

    /// <summary>SHA-256 of the row's canonical form, lower-case hexadecimal.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The chain hash of the link before; 64 zeros for the first link.</summary>
    public string PreviousHash { get; set; } = "";

    /// <summary>SHA-256 over the previous hash, the sequence, the table, the key, the content hash and the seal time.</summary>
    public string ChainHash { get; set; } = "";

    /// <summary>When the sealer appended the link, to the millisecond.</summary>
    public DateTimeOffset SealedAt { get; set; }
}

/// <summary>Maps <see cref="EvidenceLinkRow"/>.</summary>
public sealed class EvidenceLinkRowConfiguration : IEntityTypeConfiguration<EvidenceLinkRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<EvidenceLinkRow> builder)
    {
        builder.ToTable("evidence_chain").HasKey(r => r.Sequence);
        // The sealer numbers the links itself, one after the head.
        builder.Property(r => r.Sequence).ValueGeneratedNever();
    }
}
