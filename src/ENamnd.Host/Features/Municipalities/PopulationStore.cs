using ENamnd.Activities.Municipalities;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>The imported population years in the database (<c>municipality_populations</c>), one row per municipality and year.</summary>
public sealed class PopulationStore(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>Every imported year, ascending.</summary>
    public async Task<IReadOnlyList<PopulationFigures>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<MunicipalityPopulationRow>().AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Year).OrderBy(g => g.Key).Select(g => new PopulationFigures(
            g.Key, g.ToDictionary(r => r.Code, r => r.Population, StringComparer.Ordinal), g.Max(r => r.ImportedAt)))];
    }

    /// <summary>Stores a year, replacing an earlier import of it in the same transaction; true when it replaced one.</summary>
    public async Task<bool> SaveAsync(PopulationFigures figures, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var replaced = await db.Set<MunicipalityPopulationRow>().Where(r => r.Year == figures.Year).ExecuteDeleteAsync(cancellationToken) > 0;
        db.Set<MunicipalityPopulationRow>().AddRange(figures.ByCode.Select(entry => new MunicipalityPopulationRow
        {
            Code = entry.Key, Year = figures.Year, Population = entry.Value, ImportedAt = figures.ImportedAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
        // Persistence point: the whole year or nothing; a failure before this line leaves the earlier import as it was.
        await transaction.CommitAsync(cancellationToken);
        return replaced;
    }
}
