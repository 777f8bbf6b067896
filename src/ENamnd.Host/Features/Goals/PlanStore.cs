using System.Text.Json;
using ENamnd.Activities.Goals;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Goals;

/// <summary>Stores annual plans: one per year.</summary>
public sealed class PlanStore(IDbContextFactory<ENamndDbContext> contexts)
{
    /// <summary>Every plan, by year.</summary>
    public async Task<IReadOnlyList<Plan>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<PlanRow>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Year).Select(ToPlan).ToList();
    }

    /// <summary>A plan by id, or null.</summary>
    public async Task<Plan?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PlanRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : ToPlan(row);
    }

    /// <summary>Adds a plan; false when the year already has one.</summary>
    public async Task<bool> AddAsync(Plan plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<PlanRow>().AnyAsync(r => r.Year == plan.Year, cancellationToken)) return false;
        db.Set<PlanRow>().Add(ToRow(plan));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Another request added a plan for the same year between the check and the insert (unique index on year).
            return false;
        }
    }

    /// <summary>Replaces a plan; null when it does not exist, false when its new year belongs to another plan.</summary>
    public async Task<bool?> ReplaceAsync(Plan plan, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PlanRow>().FirstOrDefaultAsync(r => r.Id == plan.Id, cancellationToken);
        if (row is null) return null;
        if (await YearTakenAsync(plan.Year, plan.Id, cancellationToken)) return false;
        var replaced = ToRow(plan);
        row.Year = replaced.Year;
        row.Title = replaced.Title;
        row.Goals = replaced.Goals;
        row.UpdatedAt = replaced.UpdatedAt;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueKeyViolation())
        {
            // Another request took the year between the check and the update.
            return false;
        }
    }

    /// <summary>Removes a plan; false when it does not exist.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PlanRow>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    private async Task<bool> YearTakenAsync(int year, string exceptId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<PlanRow>().AnyAsync(r => r.Year == year && r.Id != exceptId, cancellationToken);
    }

    private static Plan ToPlan(PlanRow row) => new(row.Id, row.Year, row.Title,
        JsonSerializer.Deserialize<List<PlanGoal>>(row.Goals, ValueConverter.JsonOptions) ?? [], row.CreatedAt, row.UpdatedAt);

    private static PlanRow ToRow(Plan plan) => new()
    {
        Id = plan.Id,
        Year = plan.Year,
        Title = plan.Title,
        Goals = JsonSerializer.Serialize(plan.Goals, ValueConverter.JsonOptions),
        CreatedAt = plan.CreatedAt.ToUniversalTime(),
        UpdatedAt = plan.UpdatedAt.ToUniversalTime(),
    };
}
