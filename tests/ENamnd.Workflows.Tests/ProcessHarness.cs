using System.Text.Json.Nodes;
using ENamnd.Activities.Email;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.TestSupport;
using ENamnd.Workflows.Process;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ENamnd.Workflows.Tests;

/// <summary>
/// The process workflows on a manual clock with in-memory stores, installed the way the host installs
/// them, and a directory with a preparation-group representative per municipality, a coordinator and a
/// committee secretary (all at example.org). Tasks are answered through the runtime's resume path.
/// </summary>
internal sealed class ProcessHarness
{
    public const string CaseNumber = "2022/1-2.2.0.1";
    public const string CoordinatorEmail = "samordnare@example.org";
    public const string SecretaryEmail = "sekreterare@example.org";

    private ProcessHarness()
    {
        foreach (var municipality in MunicipalityRegistry.Default.All)
        {
            Directory.Save(new Participant
            {
                Id = $"beredning-{municipality.Code}", Name = $"Beredare {municipality.Name}", Email = $"beredning.{municipality.Code}@example.org",
                MunicipalityCode = municipality.Code, Roles = [new RoleAssignment(Role.Beredningsgrupp)],
            });
        }
        Directory.Save(new Participant { Id = "samordnare", Name = "Samordnaren", Email = CoordinatorEmail, Roles = [new RoleAssignment(Role.Esamordnare)] });
        Directory.Save(new Participant { Id = "sekreterare", Name = "Sekreteraren", Email = SecretaryEmail, Roles = [new RoleAssignment(Role.Sekreterare)] });
        Services = new ServiceCollection()
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IParticipantDirectory>(Directory)
            .AddENamndWorkflows()
            .BuildServiceProvider();
    }

    public TestClock Clock { get; } = new(new DateTimeOffset(2022, 1, 10, 8, 0, 0, TimeSpan.Zero));

    public InMemoryParticipantDirectory Directory { get; } = new();

    public IServiceProvider Services { get; }

    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();

    public InMemoryWorkflowStateStore Store => Services.GetRequiredService<InMemoryWorkflowStateStore>();

    /// <summary>A harness with the code workflows installed.</summary>
    public static async Task<ProcessHarness> StartAsync()
    {
        var harness = new ProcessHarness();
        await harness.Services.GetRequiredService<CodeWorkflowInstaller>().InstallAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Starts the main process for a case.</summary>
    public async Task<WorkflowInstance> StartCaseAsync(params string[] initiators)
    {
        var input = new JsonObject
        {
            [ProcessVariables.Title] = "Gemensam e-tjänsteplattform",
            [ProcessVariables.Initiators] = new JsonArray([.. initiators.Select(n => (JsonNode)MunicipalityRegistry.Default.Find(n)!.Code)]),
            [ProcessVariables.DocumentLibrary] = "https://example.org/dokument",
        };
        var result = await Runtime.StartAsync(new StartWorkflowRequest(ProcessIds.MainProcess) { CorrelationId = CaseNumber, Input = input });
        return await ReloadAsync(result.Instance.Id);
    }

    /// <summary>The instance as last committed, with the whole journal the store keeps (the state holds none).</summary>
    public async Task<WorkflowInstance> ReloadAsync(string instanceId)
    {
        var instances = Services.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}.");
        instance.Journal.AddRange(await instances.JournalAsync(instanceId));
        return instance;
    }

    /// <summary>Every task opened so far.</summary>
    public IReadOnlyList<OpenedTask> OpenedTasks => RecordsOf<OpenedTask>(TaskRecordKinds.Opened);

    /// <summary>The tasks opened and not closed.</summary>
    public IReadOnlyList<OpenedTask> OpenTasks
    {
        get
        {
            var closed = RecordsOf<ClosedTask>(TaskRecordKinds.Closed).Select(t => t.TaskId).ToHashSet();
            return [.. OpenedTasks.Where(t => !closed.Contains(t.TaskId))];
        }
    }

    /// <summary>Every email queued so far.</summary>
    public IReadOnlyList<EmailMessage> Emails =>
        [.. Store.Outbox.Where(m => m.Kind == EmailMessage.Kind).Select(m => ValueConverter.Convert<EmailMessage>(m.Payload)!)];

    public IReadOnlyList<T> RecordsOf<T>(string kind) =>
        [.. Store.Records.Where(r => r.Kind == kind).Select(r => ValueConverter.Convert<T>(r.Payload)!)];

    /// <summary>Answers one open task.</summary>
    public Task<ResumeResult> AnswerAsync(OpenedTask task, string outcome, string? reference = null, string? comment = null,
        IReadOnlyDictionary<string, string>? fields = null) =>
        Runtime.ResumeAsync(task.BookmarkId, (JsonObject)ValueConverter.ToNode(new TaskDecision(task.TaskId, outcome, comment, reference, task.Recipient.Email, "email-link", fields))!);

    /// <summary>Answers every open task of a kind the same way; returns how many were answered.</summary>
    public async Task<int> AnswerAllAsync(string kind, Func<OpenedTask, string> outcome, string? reference = null)
    {
        var tasks = OpenTasks.Where(t => t.Kind == kind).ToList();
        foreach (var task in tasks) await AnswerAsync(task, outcome(task), reference);
        return tasks.Count;
    }

    /// <summary>Answers the one open task of a kind.</summary>
    public async Task AnswerOneAsync(string kind, string outcome, string? reference = null)
    {
        var open = OpenTasks.Where(t => t.Kind == kind).ToList();
        Assert.True(open.Count == 1, $"Expected one open {kind} task, found {open.Count}: {string.Join(", ", OpenTasks.Select(t => $"{t.Kind}:{t.Title}"))}");
        var result = await AnswerAsync(open[0], outcome, reference);
        Assert.True(result.Outcome == ResumeOutcome.Resumed, $"Answering {open[0].Title}: {result.Outcome}");
    }

    /// <summary>The instances of a case by definition id, oldest first.</summary>
    public async Task<IReadOnlyList<WorkflowInstance>> InstancesOfAsync(string definitionId) =>
        [.. (await Services.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceFilter(definitionId, CaseNumber))).OrderBy(i => i.CreatedAt)];

    /// <summary>Moves the clock on and resumes the timers that are due.</summary>
    public async Task<int> AdvanceAsync(TimeSpan time)
    {
        Clock.Advance(time);
        return await Runtime.ResumeDueBookmarksAsync();
    }
}
