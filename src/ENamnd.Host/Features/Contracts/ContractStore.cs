using ENamnd.Activities.Contracts;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Contracts;

/// <summary>The contract registry (avtalsregister) in the database.</summary>
public sealed class ContractStore(IDbContextFactory<ENamndDbContext> contexts, TimeProvider clock)
{
    /// <summary>The contracts, soonest end first; with <paramref name="endingBefore"/> only those that end before that day.</summary>
    public async Task<IReadOnlyList<Contract>> ListAsync(DateOnly? endingBefore, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<ContractRow>().AsNoTracking();
        if (endingBefore is { } day) query = query.Where(r => r.EndDate < day);
        var rows = await query.OrderBy(r => r.EndDate).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        return rows.Select(ContractRows.ToContract).ToList();
    }

    /// <summary>
    /// One page of the contracts monitoring still follows (not settled by a decision), by id after <paramref name="afterId"/>
    /// (null: from the first): a keyset page, so a run over the whole registry holds one page at a time. With
    /// <paramref name="deadlineBy"/> only those whose earliest deadline (<see cref="ContractSchedule.EarliestDeadline"/>) is
    /// not after it, or is not known: the others can owe nothing until later.
    /// </summary>
    public async Task<IReadOnlyList<Contract>> ListUnsettledPageAsync(string? afterId, int size, DateOnly? deadlineBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Set<ContractRow>().AsNoTracking()
            .Where(r => r.Decision == null || (r.Decision != DecideContractEnd.NewProject && r.Decision != DecideContractEnd.LetExpire));
        if (deadlineBy is { } day) query = query.Where(r => r.EarliestDeadline == null || r.EarliestDeadline <= day);
        if (afterId is not null) query = query.Where(r => string.Compare(r.Id, afterId) > 0);
        var rows = await query.OrderBy(r => r.Id).Take(size).ToListAsync(cancellationToken);
        return rows.Select(ContractRows.ToContract).ToList();
    }

    /// <summary>A contract by id, or null.</summary>
    public async Task<Contract?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ContractRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : ContractRows.ToContract(row);
    }

    /// <summary>Registers a new contract.</summary>
    public async Task<Contract> AddAsync(string id, ContractTerms terms, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var row = new ContractRow { Id = id, CreatedAt = now, UpdatedAt = now };
        ContractRows.SetTerms(row, terms);
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return ContractRows.ToContract(row);
    }

    /// <summary>Replaces a contract's terms (its decision stays); null when it does not exist.</summary>
    public async Task<Contract?> ReplaceAsync(string id, ContractTerms terms, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<ContractRow>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (row is null) return null;
        ContractRows.SetTerms(row, terms);
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ContractRows.ToContract(row);
    }

    /// <summary>Removes a contract; false when it does not exist.</summary>
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<ContractRow>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }
}
