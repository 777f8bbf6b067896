using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ENamnd.Persistence;

/// <summary>The host's tables. The schema itself comes from the versioned SQL migrations, not from EF.</summary>
public sealed class ENamndDbContext(DbContextOptions<ENamndDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRow> Definitions => Set<DefinitionRow>();
    public DbSet<InstanceRow> Instances => Set<InstanceRow>();
    public DbSet<BookmarkRow> Bookmarks => Set<BookmarkRow>();
    public DbSet<JournalRow> Journal => Set<JournalRow>();
    public DbSet<OutboxRow> Outbox => Set<OutboxRow>();
    public DbSet<PendingSignalRow> PendingSignals => Set<PendingSignalRow>();
    public DbSet<AuditRow> Audit => Set<AuditRow>();
    public DbSet<AgendaItemRow> AgendaItems => Set<AgendaItemRow>();
    public DbSet<TaskRow> Tasks => Set<TaskRow>();
    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();
    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();
    public DbSet<ParticipantRoleRow> ParticipantRoles => Set<ParticipantRoleRow>();
    public DbSet<EvidenceLinkRow> EvidenceChain => Set<EvidenceLinkRow>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<DefinitionRow>().ToTable("definitions").HasKey(r => r.Id);
        model.Entity<InstanceRow>().ToTable("instances").HasKey(r => r.Id);
        model.Entity<BookmarkRow>().ToTable("bookmarks").HasKey(r => r.Id);
        model.Entity<JournalRow>().ToTable("journal").HasKey(r => r.Id);
        model.Entity<OutboxRow>().ToTable("outbox").HasKey(r => r.Id);
        model.Entity<AuditRow>().ToTable("audit").HasKey(r => r.Id);
        model.Entity<AgendaItemRow>().ToTable("agenda_items").HasKey(r => r.Id);
        model.Entity<TaskRow>().ToTable("tasks").HasKey(r => r.Id);
        // Stored by name, as the CHECK constraint of migration 0002 lists them; queries compare names too.
        model.Entity<TaskRow>().Property(r => r.Status).HasConversion<string>();
        model.Entity<DecisionRow>().ToTable("decisions").HasKey(r => r.Id);
        // Newer tables bring their own IEntityTypeConfiguration next to their row type.
        model.ApplyConfigurationsFromAssembly(typeof(ENamndDbContext).Assembly);
        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
                // SQLite cannot compare or order DateTimeOffset values; there they are stored as UTC milliseconds.
                if (Database.IsSqlite() && property.ClrType == typeof(DateTimeOffset)) property.SetValueConverter(UnixMilliseconds);
                if (Database.IsSqlite() && property.ClrType == typeof(DateTimeOffset?)) property.SetValueConverter(NullableUnixMilliseconds);
            }
        }
    }

    private static readonly ValueConverter<DateTimeOffset, long> UnixMilliseconds =
        new(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));

    private static readonly ValueConverter<DateTimeOffset?, long?> NullableUnixMilliseconds =
        new(v => v.HasValue ? v.Value.ToUnixTimeMilliseconds() : null, v => v.HasValue ? DateTimeOffset.FromUnixTimeMilliseconds(v.Value) : null);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
