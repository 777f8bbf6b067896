using System.Text.Json.Nodes;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Email;
using ENamnd.Activities.People;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Tests.Approvals;

/// <summary>
/// The engine with the e-nämnd activities on a manual clock and in-memory stores, running a flowchart
/// Start → RequestApproval → SetVariable("Result", outcome) per outcome, with a directory of invented people.
/// </summary>
internal sealed class ApprovalHarness
{
    public const string CaseNumber = "2022/7-2.2.0.1";
    public const string Chair = "ordforande.styrgrupp@example.org";
    public const string Member = "ledamot.styrgrupp@example.org";
    public const string Deputy = "ersattare.styrgrupp@example.org";
    public const string OtherCaseMember = "annat.arende@example.org";

    /// <summary>A Monday morning in March 2026, UTC.</summary>
    // 16.00 in Stockholm on a Monday: a time to answer in whole days then ends exactly on a working day at the deadline time.
    public static readonly DateTimeOffset Epoch = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    public ApprovalHarness()
    {
        Directory
            .Save(Person("p1", "Ordförande i styrgruppen", Chair, new RoleAssignment(Role.Styrgrupp, CaseNumber)))
            .Save(Person("p2", "Ledamot i styrgruppen", Member, new RoleAssignment(Role.Styrgrupp, CaseNumber)))
            .Save(Person("p3", "Ersättare i styrgruppen", Deputy, new RoleAssignment(Role.Ersattare)))
            .Save(Person("p4", "Ledamot i annat ärende", OtherCaseMember, new RoleAssignment(Role.Styrgrupp, "2021/29-2.2.0.1")));
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

    private InMemoryWorkflowStateStore Store => Services.GetRequiredService<InMemoryWorkflowStateStore>();

    /// <summary>A new approval of the project plan by the case's steering group.</summary>
    public static RequestApproval Approval(string approvers = "roll:styrgrupp@ärendet") => new()
    {
        Id = "approval",
        Approvers = new(approvers),
        Title = new("Godkännande av projektplan"),
        Instructions = new(Expression.Liquid("Godkänner du projektplanen i ärende {{ Workflow.CorrelationId }}?")),
    };

    /// <summary>Deploys a flowchart around <paramref name="approval"/> and starts it for <see cref="CaseNumber"/>.</summary>
    public async Task<WorkflowInstance> StartAsync(RequestApproval approval)
    {
        var flow = new Flowchart { Id = "flow" };
        flow.Connect(new Start { Id = "start" }, approval);
        foreach (var outcome in new[] { ApprovalOutcomes.Approved, ApprovalOutcomes.Rejected, ApprovalOutcomes.Returned, ApprovalOutcomes.TimedOut })
            flow.Connect(approval, new SetVariable("Result", new Input<object>(outcome)) { Id = $"set{outcome}" }, outcome);
        var definition = new WorkflowBuilder("approval-test", "Godkännande").WithVariable<string>("Result").Build(flow);
        await Services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);
        var result = await Runtime.StartAsync(new StartWorkflowRequest("approval-test") { CorrelationId = CaseNumber });
        return await ReloadAsync(result.Instance.Id);
    }

    /// <summary>Answers a task as its recipient would through the email link.</summary>
    public async Task<ResumeResult> DecideAsync(OpenedTask task, string outcome, string? comment = null)
    {
        var decision = new TaskDecision(task.TaskId, outcome, comment, null, task.Recipient.Email, "email-link");
        return await Runtime.ResumeAsync(task.BookmarkId, (JsonObject)ValueConverter.ToNode(decision)!);
    }

    /// <summary>Moves the clock on and resumes the timers that are due.</summary>
    public async Task AdvanceAsync(TimeSpan time)
    {
        Clock.Advance(time);
        await Runtime.ResumeDueBookmarksAsync();
    }

    /// <summary>The instance as last committed, with the whole journal the store keeps (the state holds none).</summary>
    public async Task<WorkflowInstance> ReloadAsync(string instanceId)
    {
        var instances = Services.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");
        instance.Journal.AddRange(await instances.JournalAsync(instanceId));
        return instance;
    }

    /// <summary>The open bookmarks the store holds for an instance.</summary>
    public Task<IReadOnlyList<Bookmark>> BookmarksOfAsync(string instanceId) =>
        Services.GetRequiredService<IBookmarkStore>().ListByInstanceAsync(instanceId);

    /// <summary>Every task opened so far, in order.</summary>
    public IReadOnlyList<OpenedTask> Opened => RecordsOf<OpenedTask>(TaskRecordKinds.Opened);

    /// <summary>Every task closed so far, in order.</summary>
    public IReadOnlyList<ClosedTask> Closed => RecordsOf<ClosedTask>(TaskRecordKinds.Closed);

    /// <summary>The task opened for <paramref name="email"/> (the latest, if several).</summary>
    public OpenedTask TaskOf(string email) => Opened.Last(t => t.Recipient.Email == email);

    /// <summary>How the task of <paramref name="taskId"/> closed.</summary>
    public ClosedTask ClosingOf(string taskId) => Assert.Single(Closed, c => c.TaskId == taskId);

    /// <summary>Every email committed to the outbox, in order.</summary>
    public IReadOnlyList<EmailMessage> Emails =>
        Store.Outbox.Where(m => m.Kind == EmailMessage.Kind).Select(m => ValueConverter.Convert<EmailMessage>(m.Payload)!).ToList();

    /// <summary>The flowchart's result variable: the outcome the approval completed through.</summary>
    public static string? ResultOf(WorkflowInstance instance) => (string?)instance.Variables["Result"];

    /// <summary>An output of the approval activity.</summary>
    public static JsonNode? OutputOf(WorkflowInstance instance, string output) => instance.ActivityOutputs["approval"]?[output];

    private IReadOnlyList<T> RecordsOf<T>(string kind) =>
        Store.Records.Where(r => r.Kind == kind).Select(r => ValueConverter.Convert<T>(r.Payload)!).ToList();

    private static Participant Person(string id, string title, string email, RoleAssignment role) =>
        new() { Id = id, Name = title, Email = email, Roles = [role] };
}
