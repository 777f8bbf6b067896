using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence.Evidence;

/// <summary>
/// An evidence table of rows <typeparamref name="TRow"/> keyed by <c>Id</c>, written at <paramref name="writtenAt"/>. Its
/// canonical columns are every column the model maps, so a column added later is covered without being listed here.
/// </summary>
internal sealed class EvidenceTable<TRow>(string name, string writtenAt) : IEvidenceTable where TRow : class
{
    private const string KeyProperty = "Id";

    private static readonly PropertyInfo Key = typeof(TRow).GetProperty(KeyProperty)!;

    private readonly PropertyInfo written = typeof(TRow).GetProperty(writtenAt)!;

    private (string Column, PropertyInfo Property)[]? columns;

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public async Task<IReadOnlyList<EvidenceRow>> UnsealedAsync(ENamndDbContext db, DateTimeOffset? writtenSince, long afterKey, int max, CancellationToken cancellationToken)
    {
        var rows = await Since(Unsealed(db), writtenSince).Where(r => EF.Property<long>(r, KeyProperty) > afterKey)
            .OrderBy(r => EF.Property<long>(r, KeyProperty)).Take(max).ToListAsync(cancellationToken);
        return rows.Select(r => Describe(db, r)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<long, EvidenceRow>> FindAsync(ENamndDbContext db, IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToArray();
        var rows = await db.Set<TRow>().AsNoTracking().Where(r => wanted.Contains(EF.Property<long>(r, KeyProperty))).ToListAsync(cancellationToken);
        return rows.Select(r => Describe(db, r)).ToDictionary(r => r.Key);
    }

    /// <inheritdoc />
    public Task<long> CountUnsealedAsync(ENamndDbContext db, DateTimeOffset? writtenSince, CancellationToken cancellationToken) =>
        Since(Unsealed(db), writtenSince).LongCountAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<(long Count, long? FirstKey)> UnsealedBeforeAsync(ENamndDbContext db, DateTimeOffset writtenBefore, CancellationToken cancellationToken)
    {
        var late = Unsealed(db).Where(r => EF.Property<DateTimeOffset>(r, writtenAt) < writtenBefore);
        var count = await late.LongCountAsync(cancellationToken);
        return count == 0 ? (0, null) : (count, await late.MinAsync(r => EF.Property<long>(r, KeyProperty), cancellationToken));
    }

    private IQueryable<TRow> Unsealed(ENamndDbContext db)
    {
        var table = name;
        return db.Set<TRow>().AsNoTracking()
            .Where(r => !db.EvidenceChain.Any(l => l.TableName == table && l.RowKey == EF.Property<long>(r, KeyProperty)));
    }

    private IQueryable<TRow> Since(IQueryable<TRow> rows, DateTimeOffset? writtenSince) =>
        writtenSince is { } since ? rows.Where(r => EF.Property<DateTimeOffset>(r, writtenAt) >= since) : rows;

    private EvidenceRow Describe(ENamndDbContext db, TRow row)
    {
        // The same on every provider: the model differs only in how values are converted, never in names or properties.
        columns ??= [.. db.Model.FindEntityType(typeof(TRow))!.GetProperties().Select(p => (p.GetColumnName(), p.PropertyInfo!))];
        var content = EvidenceHash.Content(name, columns.Select(c => new KeyValuePair<string, object?>(c.Column, c.Property.GetValue(row))));
        return new EvidenceRow(name, (long)Key.GetValue(row)!, (DateTimeOffset)written.GetValue(row)!, content);
    }
}
