using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests;

/// <summary>
/// A step transaction observer sees the steps it observes, and only those; its rows commit with the step. On SQLite
/// (the store's own transaction) and on PostgreSQL (the step session's connection).
/// </summary>
public abstract class StepTransactionObserverTests : IAsyncLifetime
{
    private const string Observed = "observerad", Ignored = "ignorerad";
    private readonly AuditingObserver observer = new();
    private PersistenceHarness harness = null!;

    /// <summary>The database the class runs on.</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public async Task InitializeAsync() =>
        harness = await PersistenceHarness.StartAsync(await DatabaseAsync(), services => services.AddSingleton<IStepTransactionObserver>(observer));

    public virtual async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_ShowObserverOnlyItsSteps_And_CommitItsRowsWithThem_When_StepsAreCommitted()
    {
        var sessions = harness.Services.GetRequiredService<IWorkflowStepSessions>();
        var seen = Instance(Observed);
        var unseen = Instance(Ignored);

        foreach (var instance in new[] { seen, unseen })
        {
            await using var session = await sessions.OpenAsync(instance.Id, load: false);
            await session.CommitAsync(new WorkflowStep(instance, [], [], [], []));
        }

        Assert.Equal([seen.Id], observer.Seen);
        await using var db = await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var audit = await db.Audit.AsNoTracking().Where(a => a.Action == AuditingObserver.Action).Select(a => a.InstanceId).ToListAsync();
        Assert.Equal([seen.Id], audit);
        Assert.Equal(2, await db.Instances.CountAsync(i => i.Id == seen.Id || i.Id == unseen.Id));
    }

    private static WorkflowInstance Instance(string definitionId) => new()
    {
        Id = $"{definitionId}-{Guid.NewGuid():N}",
        DefinitionId = definitionId,
        DefinitionVersionId = $"{definitionId}-v1",
        Version = 1,
        Status = WorkflowStatus.Running,
        SubStatus = WorkflowSubStatus.Suspended,
        Variables = new JsonObject(),
        CreatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
    };

    // Observes the steps of one definition, and writes an audit row for each it sees.
    private sealed class AuditingObserver : IStepTransactionObserver
    {
        public const string Action = "observerad-i-testet";

        public List<string> Seen { get; } = [];

        public bool Observes(WorkflowStep step) => step.Instance.DefinitionId == Observed;

        public Task OnStepAsync(ENamndDbContext db, WorkflowStep step, CancellationToken cancellationToken)
        {
            lock (Seen) Seen.Add(step.Instance.Id);
            db.Audit.Add(new AuditRow { InstanceId = step.Instance.Id, Action = Action, Timestamp = step.Instance.UpdatedAt });
            return Task.CompletedTask;
        }
    }
}
