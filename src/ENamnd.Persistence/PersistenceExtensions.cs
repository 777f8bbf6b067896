using System.Data.Common;
using ENamnd.Engine.Stores;
using ENamnd.Persistence.Evidence;
using ENamnd.Persistence.Ledger;
using ENamnd.Persistence.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace ENamnd.Persistence;

/// <summary>Registers the durable stores, before the engine adds its in-memory defaults.</summary>
public static class PersistenceExtensions
{
    /// <summary>Adds the database, the stores, the instance lock, the outbox dispatcher, the idempotency ledger and the evidence chain.</summary>
    public static IServiceCollection AddENamndPersistence(this IServiceCollection services, DatabaseSettings database)
    {
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton(_ => DataSourceOf(database.ConnectionString));
            services.AddDbContextFactory<ENamndDbContext>((p, o) => o.UseNpgsql(p.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<IInstanceLock, PostgresInstanceLock>();
            services.AddSingleton<IWorkflowStepSessions, PostgresStepSessions>();
        }
        else
        {
            services.AddDbContextFactory<ENamndDbContext>(o => o.UseSqlite(database.ConnectionString));
            // One host owns an SQLite file, so a lock within the process is enough.
            services.AddSingleton<IInstanceLock, InMemoryInstanceLock>();
        }
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<EvidenceSealer>();
        services.AddSingleton<EvidenceVerifier>();
        services.AddSingleton<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddSingleton<EfWorkflowStateStore>();
        services.AddSingleton<IWorkflowInstanceStore>(p => p.GetRequiredService<EfWorkflowStateStore>());
        services.AddSingleton<IBookmarkStore>(p => p.GetRequiredService<EfWorkflowStateStore>());
        services.AddSingleton<IWorkflowStepCommitter>(p => p.GetRequiredService<EfWorkflowStateStore>());
        services.AddSingleton<IPendingSignalStore>(p => p.GetRequiredService<EfWorkflowStateStore>());
        services.AddSingleton<IWorkflowInstanceDeleter>(p => p.GetRequiredService<EfWorkflowStateStore>());
        services.AddSingleton<IAlterationPlanStore, EfAlterationPlanStore>();
        services.AddSingleton<IResumeTokenStore, EfResumeTokenStore>();
        services.AddSingleton<IStepRecordWriter, ResumeTokenIssuedWriter>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<NotificationLedger>();
        return services;
    }

    /// <summary>The default number of statements Npgsql keeps prepared per connection, unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    // The same few statements run for every step: prepared once per connection, they are not parsed and planned again.
    internal static NpgsqlDataSource DataSourceOf(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!SetsMaxAutoPrepare(connectionString)) builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        return builder.Build();
    }

    // Whether the connection string itself names the setting (0 turns preparing off). Npgsql's own builder answers
    // ContainsKey for every keyword it knows, set or not; the plain builder holds only the keys of the string.
    private static bool SetsMaxAutoPrepare(string connectionString)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return keys.ContainsKey("Max Auto Prepare") || keys.ContainsKey("MaxAutoPrepare");
    }
}
