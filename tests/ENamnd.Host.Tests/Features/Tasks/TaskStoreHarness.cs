using System.Text.Json.Nodes;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>The durable stores with the task record writers on a migrated database, and steps that carry task records.</summary>
public sealed class TaskStoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset OpenedAt = new(2022, 3, 16, 12, 5, 0, TimeSpan.Zero);

    private readonly ServiceProvider services;

    private TaskStoreHarness(ServiceProvider services, string dataDirectory)
    {
        this.services = services;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => services;

    public EfWorkflowStateStore Store => services.GetRequiredService<EfWorkflowStateStore>();

    public static async Task<TaskStoreHarness> StartAsync(DatabaseSettings database, string dataDirectory, IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?> { ["Storage:DataDirectory"] = dataDirectory };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build())
            .AddENamndPersistence(database)
            .AddFeature<TasksFeature>()
            .AddWorkflowEngine()
            .BuildServiceProvider();
        await services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new TaskStoreHarness(services, dataDirectory);
    }

    /// <summary>A task of a new instance, as an activity would open it.</summary>
    public static OpenedTask NewTask(string email = "beredning.kalix@example.org") => new()
    {
        TaskId = IdGenerator.NewId(),
        BookmarkId = IdGenerator.NewId(),
        InstanceId = IdGenerator.NewId(),
        CaseNumber = "2022/3-2.2.0.1",
        DefinitionVersion = 4,
        Kind = "municipal-decision",
        Title = "Beslut om deltagande",
        Question = "Deltar kommunen i förstudien?",
        Recipient = new TaskRecipient(email, "Beredningsgruppen Kalix", "2514", "p-kalix"),
        Choices = [new("Join", "Vi deltar"), new("Decline", "Vi avstår")],
        AsksForReference = true,
        DueAt = OpenedAt.AddDays(14),
        ExpiresAt = OpenedAt.AddDays(44),
        OpenedAt = OpenedAt,
    };

    /// <summary>A decision closing <paramref name="task"/>.</summary>
    public static ClosedTask Decision(OpenedTask task, HumanTaskStatus status = HumanTaskStatus.Decided) => new()
    {
        TaskId = task.TaskId,
        Status = status,
        Outcome = status == HumanTaskStatus.Decided ? "Join" : null,
        Comment = status == HumanTaskStatus.Decided ? "Enligt beslut." : null,
        Reference = status == HumanTaskStatus.Decided ? "Kommunstyrelsen 2022-03-01 § 45" : null,
        DecidedBy = status == HumanTaskStatus.Decided ? task.Recipient.Email : null,
        Channel = status == HumanTaskStatus.Decided ? "email-link" : null,
        ClosedAt = OpenedAt.AddHours(1),
    };

    /// <summary>Commits a step of the task's instance carrying <paramref name="records"/>.</summary>
    public Task CommitAsync(OpenedTask task, params (string Kind, object Payload)[] records) =>
        Store.CommitAsync(new WorkflowStep(Instance(task), [], [], [], [])
        {
            Records = records.Select(r => new StepRecord(r.Kind, (JsonObject)ValueConverter.ToNode(r.Payload)!)).ToList(),
        });

    public async Task<TaskRow?> TaskAsync(string taskId)
    {
        await using var db = await ContextAsync();
        return await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.Id == taskId);
    }

    public async Task<List<DecisionRow>> DecisionsAsync(string taskId)
    {
        await using var db = await ContextAsync();
        return await db.Decisions.AsNoTracking().Where(d => d.TaskId == taskId).ToListAsync();
    }

    public Task<ENamndDbContext> ContextAsync() => services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static WorkflowInstance Instance(OpenedTask task) => new()
    {
        Id = task.InstanceId,
        DefinitionId = "kommunbeslut",
        DefinitionVersionId = "kommunbeslut-v4",
        Version = task.DefinitionVersion,
        CorrelationId = task.CaseNumber,
        Status = WorkflowStatus.Running,
        SubStatus = WorkflowSubStatus.Suspended,
        CreatedAt = OpenedAt,
        UpdatedAt = OpenedAt,
    };
}
