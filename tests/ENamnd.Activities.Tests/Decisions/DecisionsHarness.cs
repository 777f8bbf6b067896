using System.Text.Json.Nodes;
using ENamnd.Activities.Email;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tests.Decisions;

/// <summary>
/// The e-nämnd activities on a manual clock with in-memory stores, and a directory with a representative in
/// the preparation group for each of the 14 municipalities plus a committee secretary (all at example.org).
/// Answers go through the runtime's one resume path, as the task pages will.
/// </summary>
internal sealed class DecisionsHarness
{
    /// <summary>Where the manual clock starts: a Monday morning in February 2026, UTC.</summary>
    // 16.00 in Stockholm on a Monday: a time to answer in whole days then ends on a working day at the deadline time.
    public static readonly DateTimeOffset Epoch = new(2026, 2, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The case number instances are started with.</summary>
    public const string CaseNumber = "2026/4-2.2.0.1";

    /// <summary>The secretary's address.</summary>
    public const string SecretaryEmail = "sekreterare@example.org";

    /// <summary>Builds the services; municipalities named in <paramref name="withoutRepresentative"/> get no representative.</summary>
    public DecisionsHarness(params string[] withoutRepresentative)
    {
        foreach (var municipality in MunicipalityRegistry.Default.All.Where(m => !withoutRepresentative.Contains(m.Name)))
        {
            Directory.Save(new Participant
            {
                Id = $"beredning-{municipality.Code}",
                Name = $"Beredare {municipality.Name}",
                Email = RepresentativeEmail(municipality.Code),
                MunicipalityCode = municipality.Code,
                Roles = [new RoleAssignment(Role.Beredningsgrupp)],
            });
        }
        Directory.Save(new Participant { Id = "sekreterare", Name = "Nämndsekreteraren", Email = SecretaryEmail, Roles = [new RoleAssignment(Role.Sekreterare)] });
        Services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IParticipantDirectory>(Directory)
            .AddENamndActivities()
            .BuildServiceProvider();
    }

    public TestClock Clock { get; } = new(Epoch);

    public InMemoryParticipantDirectory Directory { get; } = new();

    public IServiceProvider Services { get; }

    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();

    public InMemoryWorkflowStateStore Store => Services.GetRequiredService<InMemoryWorkflowStateStore>();

    /// <summary>The address of a municipality's representative.</summary>
    public static string RepresentativeEmail(string code) => $"beredning.{code}@example.org";

    /// <summary>The code of a municipality by name.</summary>
    public static string Code(string name) => MunicipalityRegistry.Default.Find(name)!.Code;

    /// <summary>Deploys a flowchart Start → <paramref name="activity"/> (with what <paramref name="declare"/> adds, e.g. variables) and starts it with the case number.</summary>
    public Task<WorkflowInstance> RunAsync(Activity activity, Func<WorkflowBuilder, WorkflowBuilder>? declare = null)
    {
        var builder = new WorkflowBuilder($"test-{activity.Id}", "Test");
        return RunAsync((declare?.Invoke(builder) ?? builder).Build(new Flowchart().Connect(new Start(), activity)));
    }

    /// <summary>Deploys and starts a definition with the case number.</summary>
    public async Task<WorkflowInstance> RunAsync(WorkflowDefinition definition)
    {
        await Services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);
        var result = await Runtime.StartAsync(new StartWorkflowRequest(definition.DefinitionId) { CorrelationId = CaseNumber });
        return await ReloadAsync(result.Instance.Id);
    }

    /// <summary>The instance as last committed, with the whole journal the store keeps (the state holds none).</summary>
    public async Task<WorkflowInstance> ReloadAsync(string instanceId)
    {
        var instances = Services.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");
        instance.Journal.AddRange(await instances.JournalAsync(instanceId));
        return instance;
    }

    /// <summary>Moves the clock on and resumes the timers that are due.</summary>
    public async Task<int> AdvanceAsync(TimeSpan time)
    {
        Clock.Advance(time);
        return await Runtime.ResumeDueBookmarksAsync();
    }

    /// <summary>The open bookmarks the store holds for an instance.</summary>
    public Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(string instanceId) =>
        Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instanceId);

    /// <summary>Every task opened so far.</summary>
    public IReadOnlyList<OpenedTask> OpenedTasks => RecordsOf<OpenedTask>(TaskRecordKinds.Opened);

    /// <summary>Every task closed so far.</summary>
    public IReadOnlyList<ClosedTask> ClosedTasks => RecordsOf<ClosedTask>(TaskRecordKinds.Closed);

    /// <summary>The tasks opened and not closed.</summary>
    public IReadOnlyList<OpenedTask> OpenTasks
    {
        get
        {
            var closed = ClosedTasks.Select(t => t.TaskId).ToHashSet();
            return [.. OpenedTasks.Where(t => !closed.Contains(t.TaskId))];
        }
    }

    /// <summary>Every email sent so far.</summary>
    public IReadOnlyList<EmailMessage> Emails =>
        [.. Store.Outbox.Where(m => m.Kind == EmailMessage.Kind).Select(m => ValueConverter.Convert<EmailMessage>(m.Payload)!)];

    /// <summary>The payloads of the step records of one kind.</summary>
    public IReadOnlyList<T> RecordsOf<T>(string kind) =>
        [.. Store.Records.Where(r => r.Kind == kind).Select(r => ValueConverter.Convert<T>(r.Payload)!)];

    /// <summary>The one open task of a municipality (by name).</summary>
    public OpenedTask OpenTaskOf(string municipality) => OpenTasks.Single(t => t.Recipient.MunicipalityCode == Code(municipality));

    /// <summary>Answers a municipality's open task as its representative would, from the email link.</summary>
    public Task<ResumeResult> AnswerAsync(string municipality, string outcome, string? reference = null) =>
        AnswerAsync(OpenTaskOf(municipality), outcome, reference);

    /// <summary>Answers a task as its recipient would, from the email link.</summary>
    public Task<ResumeResult> AnswerAsync(OpenedTask task, string outcome, string? reference = null, string? comment = null) =>
        Runtime.ResumeAsync(task.BookmarkId, (JsonObject)ValueConverter.ToNode(new TaskDecision(task.TaskId, outcome, comment, reference, task.Recipient.Email, "email-link"))!);

    /// <summary>The outcomes an activity completed through.</summary>
    public static IReadOnlyList<string> OutcomesOf(WorkflowInstance instance, string activityId) =>
        instance.Journal.LastOrDefault(e => e.ActivityId == activityId && e.EventType == JournalEventType.Completed)?.Outcomes
        ?? throw new InvalidOperationException($"{activityId} has not completed: {Describe(instance)}");

    /// <summary>An output an activity wrote.</summary>
    public static T OutputOf<T>(WorkflowInstance instance, string activityId, string output) =>
        ValueConverter.Convert<T>(instance.ActivityOutputs[activityId]?[output])
        ?? throw new InvalidOperationException($"{activityId} has no output {output}: {Describe(instance)}");

    /// <summary>Status and incidents, for assertion messages.</summary>
    public static string Describe(WorkflowInstance instance) =>
        $"{instance.Status}/{instance.SubStatus}; incidents: {string.Join(" | ", instance.Incidents.Select(i => i.Message))}";
}
