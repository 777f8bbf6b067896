using System.Collections.Concurrent;
using ENamnd.Engine.Model;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

/// <summary>Stores definition versions as Elsa JSON; parsed versions are cached while their JSON is unchanged.</summary>
public sealed class EfWorkflowDefinitionStore(IDbContextFactory<ENamndDbContext> contexts, WorkflowDefinitionSerializer serializer) : IWorkflowDefinitionStore
{
    private readonly ConcurrentDictionary<string, (string Json, WorkflowDefinition Definition)> parsed = new();

    /// <inheritdoc />
    public async Task SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Definitions.FindAsync([definition.Id], cancellationToken);
        if (row is null) db.Definitions.Add(row = new DefinitionRow { Id = definition.Id });
        row.DefinitionId = definition.DefinitionId;
        row.Version = definition.Version;
        row.IsLatest = definition.IsLatest;
        row.IsPublished = definition.IsPublished;
        row.Name = definition.Name;
        row.CreatedAt = definition.CreatedAt.ToUniversalTime();
        row.Json = serializer.Serialize(definition).ToJsonString();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is null ? null : Materialize(row);
    }

    /// <inheritdoc />
    public async Task<WorkflowDefinition?> FindAsync(string definitionId, VersionOptions options, CancellationToken cancellationToken = default) =>
        (await ListAsync(definitionId, options, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<WorkflowDefinition>> ListAsync(string? definitionId, VersionOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Definitions.AsNoTracking();
        if (definitionId is not null) query = query.Where(r => r.DefinitionId == definitionId);
        query = options.Name switch
        {
            "Latest" => query.Where(r => r.IsLatest),
            "Published" => query.Where(r => r.IsPublished),
            "LatestOrPublished" => query.Where(r => r.IsLatest || r.IsPublished),
            "LatestAndPublished" => query.Where(r => r.IsLatest && r.IsPublished),
            "Draft" => query.Where(r => !r.IsPublished),
            "AllVersions" => query,
            _ => query.Where(r => r.Version == options.Version),
        };
        var rows = await query.OrderBy(r => r.DefinitionId).ThenByDescending(r => r.Version).ToListAsync(cancellationToken);
        return rows.Select(Materialize).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> DeleteVersionAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        parsed.TryRemove(id, out _);
        return await db.Definitions.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    // The flags live in columns; the cached parse is reused only while the JSON is the same.
    private WorkflowDefinition Materialize(DefinitionRow row)
    {
        if (!parsed.TryGetValue(row.Id, out var cached) || cached.Json != row.Json)
        {
            cached = (row.Json, serializer.Parse(row.Json));
            parsed[row.Id] = cached;
        }
        var definition = cached.Definition;
        definition.IsLatest = row.IsLatest;
        definition.IsPublished = row.IsPublished;
        return definition;
    }
}
