using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ENamnd.Benchmarks.Engine;

/// <summary>
/// The engine on the host's durable stores in one PostgreSQL database, wired as the host wires it
/// (persistence, then the e-nämnd workflows; no scheduling, so no after-commit listeners), with
/// <see cref="ApprovalWorkflow"/> published. Safe for concurrent callers.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    /// <summary>How many instances <see cref="StartWaitingAsync(int, CancellationToken)"/> starts at once.</summary>
    public const int StartParallelism = 16;

    private readonly ServiceProvider services;
    private readonly IWorkflowInstanceStore instances;
    private readonly IBookmarkStore bookmarks;
    private readonly NpgsqlDataSource dataSource;
    private long resumed;

    private DurableEngine(ServiceProvider services)
    {
        this.services = services;
        Runtime = services.GetRequiredService<IWorkflowRuntime>();
        instances = services.GetRequiredService<IWorkflowInstanceStore>();
        bookmarks = services.GetRequiredService<IBookmarkStore>();
        dataSource = services.GetRequiredService<NpgsqlDataSource>();
    }

    /// <summary>The engine's services (stores, runtime).</summary>
    public IServiceProvider Services => services;

    /// <summary>The runtime: lock, load, run, commit per call.</summary>
    public IWorkflowRuntime Runtime { get; }

    /// <summary>How many instances <see cref="ResumeAsync"/> has finished so far.</summary>
    public long Resumed => Interlocked.Read(ref resumed);

    /// <summary>Builds the services on the (empty) database, migrates its schema and publishes the workflow.</summary>
    public static async Task<DurableEngine> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddENamndPersistence(new DatabaseSettings(DatabaseProvider.Postgres, connectionString))
            .AddENamndWorkflows()
            .BuildServiceProvider();
        try
        {
            await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
            await services.GetRequiredService<WorkflowDefinitionPublisher>().PublishAsync(ApprovalWorkflow.Build(), cancellationToken);
            return new DurableEngine(services);
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value of a server setting, e.g. <c>fsync</c>.</summary>
    public async Task<string> ServerSettingAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT current_setting($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
    }

    /// <summary>Starts an instance, which stops at its event; returns the id of the bookmark it waits on.</summary>
    public async Task<string> StartWaitingAsync(CancellationToken cancellationToken)
    {
        var instance = (await Runtime.StartAsync(new StartWorkflowRequest(ApprovalWorkflow.DefinitionId), cancellationToken)).Instance;
        if (instance.SubStatus != WorkflowSubStatus.Suspended || instance.Bookmarks is not [{ } bookmark] || !bookmark.Is(Event.BookmarkName))
            throw new InvalidOperationException(
                $"A new instance of {ApprovalWorkflow.DefinitionId} is {instance.SubStatus} with {instance.Bookmarks.Count} bookmark(s) instead of waiting on its event.");
        return bookmark.Id;
    }

    /// <summary>Starts <paramref name="count"/> instances, <see cref="StartParallelism"/> at a time; returns their bookmark ids.</summary>
    public async Task<ConcurrentQueue<string>> StartWaitingAsync(int count, CancellationToken cancellationToken)
    {
        var waiting = new ConcurrentQueue<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = StartParallelism, CancellationToken = cancellationToken };
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (_, token) => waiting.Enqueue(await StartWaitingAsync(token)));
        return waiting;
    }

    /// <summary>The measured operation: resumes the bookmark (lock, load, run, commit); throws unless the instance finished.</summary>
    public async Task ResumeAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        var result = await Runtime.ResumeAsync(bookmarkId, new JsonObject { ["approved"] = true }, cancellationToken);
        if (result is not { Outcome: ResumeOutcome.Resumed, Instance.SubStatus: WorkflowSubStatus.Finished })
            throw new InvalidOperationException($"Resuming bookmark {bookmarkId} gave {result.Outcome} with the instance {result.Instance?.SubStatus.ToString() ?? "missing"}.");
        Interlocked.Increment(ref resumed);
    }

    /// <summary>
    /// Checks one instance end to end against the stores: started, it waits in the database on its
    /// bookmark; resumed, it is stored as finished with the variable set and the line written, its
    /// bookmark is gone, and a second resume changes nothing.
    /// </summary>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        var bookmarkId = await StartWaitingAsync(cancellationToken);
        var bookmark = await bookmarks.FindAsync(bookmarkId, cancellationToken)
            ?? throw new InvalidOperationException($"Bookmark {bookmarkId} of a new instance is not in the database.");
        var waiting = await instances.FindAsync(bookmark.InstanceId, cancellationToken);
        Require(waiting?.SubStatus == WorkflowSubStatus.Suspended, $"The new instance is stored as {waiting?.SubStatus.ToString() ?? "missing"}, not Suspended.");

        await ResumeAsync(bookmarkId, cancellationToken);
        var finished = await instances.FindAsync(bookmark.InstanceId, cancellationToken);
        Require(finished is { Status: WorkflowStatus.Finished, SubStatus: WorkflowSubStatus.Finished },
            $"The resumed instance is stored as {finished?.Status}/{finished?.SubStatus}, not Finished.");
        Require((bool?)finished!.Variables[ApprovalWorkflow.Approved] == true, $"The resumed instance's {ApprovalWorkflow.Approved} is not true.");
        Require((await instances.JournalAsync(finished.Id, cancellationToken)).Any(e => e.Message == "Godkänt"), "The resumed instance's journal lacks the written line.");
        Require(await bookmarks.FindAsync(bookmarkId, cancellationToken) is null, "The resumed bookmark is still in the database.");
        var again = await Runtime.ResumeAsync(bookmarkId, null, cancellationToken);
        Require(again.Outcome == ResumeOutcome.AlreadyHandled, $"A second resume of the same bookmark gave {again.Outcome}.");
    }

    /// <summary>How many instances of the workflow the database holds as finished.</summary>
    public async Task<long> CountFinishedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM instances WHERE definition_id = $1 AND status = 'Finished' AND sub_status = 'Finished'");
        command.Parameters.Add(new NpgsqlParameter { Value = ApprovalWorkflow.DefinitionId });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Vacuums and analyzes the database, as pgbench does before it measures, then checkpoints it, so that a measurement
    /// does not pay for writing out what was loaded before it.
    /// </summary>
    public async Task VacuumAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in new[] { "VACUUM ANALYZE", "CHECKPOINT" })
        {
            await using var command = dataSource.CreateCommand(sql);
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static void Require(bool condition, string failure)
    {
        if (!condition) throw new InvalidOperationException($"The durable benchmark's check failed: {failure}");
    }
}
