using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ENamnd.Persistence.Rows;

/// <summary>A resume link token: the SHA-256 of the token (never the token), what it resumes, its expiry and its use.</summary>
public sealed class ResumeTokenRow
{
    /// <summary>The SHA-256 of the token, lowercase hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary><c>bookmark</c> or <c>event</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The bookmark id or the event name.</summary>
    public string Target { get; set; } = "";

    /// <summary>The instance the token reaches.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>When the token was made.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the token stops working.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the token was used; null while unused.</summary>
    public DateTimeOffset? UsedAt { get; set; }
}

/// <summary>Maps <see cref="ResumeTokenRow"/>.</summary>
public sealed class ResumeTokenRowConfiguration : IEntityTypeConfiguration<ResumeTokenRow>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ResumeTokenRow> builder) => builder.ToTable("resume_tokens").HasKey(r => r.Hash);
}
