using ENamnd.Activities.Municipalities;
using ENamnd.Engine.Expressions;
using ENamnd.Http;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Municipalities;

/// <summary>
/// The population years the coordinator imports from SCB: checked whole, stored, and then seen by the registry (and so by
/// allocations) next to the shipped years. The database is the truth; the registry is refreshed from it.
/// </summary>
public sealed class MunicipalityPopulations(
    PopulationStore store, MunicipalityRegistry registry, TimeProvider clock, ILogger<MunicipalityPopulations> logger)
{
    /// <summary>The first year a file may hold (SCB's series of population by municipality begins then).</summary>
    public const int FirstYear = 1968;

    /// <summary>Imports SCB's file of the population at 31 December of <paramref name="year"/>; nothing is stored unless the whole file is right.</summary>
    public async Task<CommandResult<PopulationImportView>> ImportAsync(int year, byte[] content, CancellationToken cancellationToken = default)
    {
        var thisYear = StockholmTime.DateOf(clock.GetUtcNow()).Year;
        if (year < FirstYear || year > thisYear)
            return CommandResult<PopulationImportView>.Invalid($"Året {year} går inte att importera: ange ett år från {FirstYear} till {thisYear}.");
        var (byCode, errors) = PopulationCsv.Read(content, year, registry);
        if (byCode is null) return CommandResult<PopulationImportView>.Invalid(errors);
        bool replaced;
        try
        {
            replaced = await store.SaveAsync(new PopulationFigures(year, byCode, clock.GetUtcNow()), cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            return CommandResult<PopulationImportView>.Conflict($"Folkmängden för {year} importerades samtidigt från en annan session; försök igen.");
        }

        await RefreshAsync(cancellationToken);
        logger.LogInformation("Imported the population at 31 December {Year} ({Action})", year, replaced ? "replaced" : "new");
        return CommandResult<PopulationImportView>.Done(new PopulationImportView(
            year, replaced, byCode.Values.Sum(p => (long)p), registry.LatestPopulationYear, registry.PopulationYears));
    }

    /// <summary>Reads the imported years from the database into the registry; a year that lacks a municipality is left out and logged.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var codes = registry.All.Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var usable = new List<PopulationFigures>();
        foreach (var figures in await store.ListAsync(cancellationToken))
        {
            if (codes.SetEquals(figures.ByCode.Keys)) usable.Add(figures);
            else logger.LogWarning("Imported population of {Year} skipped: it does not cover exactly the {Count} member municipalities", figures.Year, codes.Count);
        }

        registry.UseImportedPopulations(usable);
    }
}
