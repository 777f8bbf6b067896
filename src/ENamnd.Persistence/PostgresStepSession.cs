using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>One step's connection and transaction on PostgreSQL (see <see cref="PostgresStepSessions"/>).</summary>
internal sealed class PostgresStepSession : IWorkflowStepSession
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly IDbContextFactory<ENamndDbContext> contexts;
    private readonly EfWorkflowStateStore store;
    private bool committed;

    private PostgresStepSession(NpgsqlConnection connection, NpgsqlTransaction transaction, IDbContextFactory<ENamndDbContext> contexts, EfWorkflowStateStore store)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.contexts = contexts;
        this.store = store;
    }

    /// <inheritdoc />
    public string InstanceId { get; private set; } = "";

    /// <inheritdoc />
    public WorkflowInstance? Instance { get; private set; }

    /// <summary>Opens a connection and begins the transaction (sent with the first statement).</summary>
    public static async Task<PostgresStepSession> BeginAsync(
        NpgsqlDataSource dataSource, IDbContextFactory<ENamndDbContext> contexts, EfWorkflowStateStore store, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new PostgresStepSession(connection, transaction, contexts, store);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A batch on the session's connection, starting with one statement of one text parameter.</summary>
    public NpgsqlBatch Batch(string sql, string value) => new(connection, transaction)
    {
        BatchCommands = { new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = value } } } },
    };

    /// <summary>Records what the lock is held on and the state read under it.</summary>
    public void Hold(string instanceId, WorkflowInstance? instance)
    {
        InstanceId = instanceId;
        Instance = instance;
    }

    /// <inheritdoc />
    public async Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        if (committed) throw new InvalidOperationException($"The step session of instance {InstanceId} has already committed.");
        ENamndDbContext? db = null;
        try
        {
            if (store.NeedsContext(step))
            {
                db = await contexts.CreateDbContextAsync(cancellationToken);
                db.Database.SetDbConnection(connection, contextOwnsConnection: false);
                await db.Database.UseTransactionAsync(transaction, cancellationToken);
                // The transaction is the step's; a savepoint per save would only add round trips.
                db.Database.AutoSavepointsEnabled = false;
                await store.ObserveAsync(db, step, cancellationToken);
            }
            // Persistence point: the step's rows, its records and what the observers added commit together or not at all.
            await using (var batch = PostgresStepWriter.Batch(connection, transaction, StepRows.Of(step)))
                await batch.ExecuteNonQueryAsync(cancellationToken);
            if (db is not null)
            {
                await store.WriteRecordsAsync(db, step, cancellationToken);
                if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            committed = true;
        }
        finally
        {
            if (db is not null) await db.DisposeAsync();
        }
        await store.NotifyCommittedAsync(step, cancellationToken);
    }

    /// <summary>Rolls back what was not committed (which releases the lock) and returns the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
