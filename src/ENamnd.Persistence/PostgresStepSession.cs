using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>
/// One step's connection and transaction on PostgreSQL (see <see cref="PostgresStepSessions"/>). The transaction is
/// begun and committed by statements in the step's batches, so neither takes a round trip of its own.
/// </summary>
internal sealed class PostgresStepSession : IWorkflowStepSession
{
    private readonly NpgsqlConnection connection;
    private readonly IDbContextFactory<ENamndDbContext> contexts;
    private readonly EfWorkflowStateStore store;
    private readonly ILogger logger;
    private bool begun;
    private bool committed;

    private PostgresStepSession(NpgsqlConnection connection, IDbContextFactory<ENamndDbContext> contexts, EfWorkflowStateStore store, ILogger logger)
    {
        this.connection = connection;
        this.contexts = contexts;
        this.store = store;
        this.logger = logger;
    }

    /// <inheritdoc />
    public string InstanceId { get; private set; } = "";

    /// <inheritdoc />
    public WorkflowInstance? Instance { get; private set; }

    /// <summary>Opens a connection from the pool.</summary>
    public static async Task<PostgresStepSession> OpenAsync(
        NpgsqlDataSource dataSource, IDbContextFactory<ENamndDbContext> contexts, EfWorkflowStateStore store, ILogger logger, CancellationToken cancellationToken) =>
        new(await dataSource.OpenConnectionAsync(cancellationToken), contexts, store, logger);

    /// <summary>The first batch of the session: it begins the transaction, then runs one statement of one text parameter.</summary>
    public NpgsqlBatch Begin(string sql, string value)
    {
        begun = true;
        return new NpgsqlBatch(connection)
        {
            BatchCommands = { new NpgsqlBatchCommand("BEGIN"), new NpgsqlBatchCommand(sql) { Parameters = { new() { Value = value } } } },
        };
    }

    /// <summary>Records what the lock is held on and the state read under it.</summary>
    public void Hold(string instanceId, WorkflowInstance? instance)
    {
        InstanceId = instanceId;
        Instance = instance;
    }

    /// <inheritdoc />
    public async Task CommitAsync(WorkflowStep step, CancellationToken cancellationToken = default)
    {
        if (!begun || committed) throw new InvalidOperationException($"The step session of instance {InstanceId} is not open to commit.");
        if (store.NeedsContext(step))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Database.SetDbConnection(connection, contextOwnsConnection: false);
            // The step's transaction is already open on the connection: the context must neither begin its own nor add savepoints.
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            db.Database.AutoSavepointsEnabled = false;
            await store.ObserveAsync(db, step, cancellationToken);
            await store.WriteRecordsAsync(db, step, cancellationToken);
            if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);
        }
        // Persistence point: the step's rows, its records and what the observers added commit together or not at all.
        await using (var batch = PostgresStepWriter.Batch(connection, StepRows.Of(step)))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        committed = true;
        await store.NotifyCommittedAsync(step, cancellationToken);
    }

    /// <summary>Rolls back what was not committed (which releases the lock) and returns the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (begun && !committed && connection.State == System.Data.ConnectionState.Open)
            {
                await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
                await rollback.ExecuteNonQueryAsync();
            }
        }
        catch (Exception e)
        {
            // A pooled connection left in the transaction would keep the lock: it is closed instead of reused.
            logger.LogWarning(e, "Rolling back the step of instance {InstanceId} failed; its connection is closed", InstanceId);
            NpgsqlConnection.ClearPool(connection);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
