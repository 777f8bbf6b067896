using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>One data-protection key as the key manager wrote it (on PostgreSQL; SQLite hosts keep theirs in the data directory).</summary>
public sealed class DataProtectionKeyRow
{
    /// <summary>The row's key, in the order the keys were added.</summary>
    public int Id { get; set; }

    /// <summary>The name the key manager gave the element (<c>key-{guid}</c>).</summary>
    public string FriendlyName { get; set; } = "";

    /// <summary>The key's XML.</summary>
    public string Xml { get; set; } = "";
}

/// <summary>Maps <see cref="DataProtectionKeyRow"/>.</summary>
public sealed class DataProtectionKeyRowConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> builder) =>
        builder.ToTable("data_protection_keys").HasKey(r => r.Id);
}
