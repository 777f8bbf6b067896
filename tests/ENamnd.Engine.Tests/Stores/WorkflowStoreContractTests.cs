using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

/// <summary>
/// What every store must do, run against each implementation by subclassing. Every test uses fresh
/// definition, instance and correlation ids, so a subclass may share one database between tests;
/// times are whole seconds in UTC so that database round trips keep them exactly.
/// </summary>
public abstract partial class WorkflowStoreContractTests
{
    /// <summary>A point in time the tests measure from.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A definition store to test; it may be shared with other tests.</summary>
    protected abstract Task<IWorkflowDefinitionStore> CreateDefinitionStoreAsync();

    /// <summary>The instance store, bookmark store and committer to test, all backed by the same storage.</summary>
    protected abstract Task<WorkflowStateStores> CreateStateStoresAsync();

    /// <summary>Reads and writes definitions to compare them; a store with custom activities may register them here.</summary>
    protected virtual WorkflowDefinitionSerializer DefinitionSerializer { get; } =
        new(new ActivityJsonSerializer(new ActivityRegistry().RegisterAll(typeof(Flowchart).Assembly)));

    /// <summary>A fresh id with a readable prefix.</summary>
    protected static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A small but complete definition version.</summary>
    protected static WorkflowDefinition NewDefinition(string definitionId, int version, bool isLatest, bool isPublished)
    {
        var start = new Start();
        var flow = new Flowchart().Connect(start, new Delay(TimeSpan.FromHours(version))).Connect(start, new WriteLine($"version {version}"));
        var definition = new WorkflowBuilder(definitionId, $"Kontrakt {version}")
            .WithVersion(version)
            .WithVariable("Count", version)
            .WithDescription("Används av kontraktstesterna")
            .Build(flow);
        definition.IsLatest = isLatest;
        definition.IsPublished = isPublished;
        definition.CreatedAt = Now.AddDays(version);
        definition.CustomProperties["kommun"] = "Luleå";
        return definition;
    }

    /// <summary>An instance with every part of its state filled in.</summary>
    protected static WorkflowInstance NewInstance(string definitionId, string? correlationId, DateTimeOffset createdAt, WorkflowStatus status = WorkflowStatus.Running)
    {
        var id = NewId("instans");
        return new WorkflowInstance
        {
            Id = id,
            DefinitionId = definitionId,
            DefinitionVersionId = $"{definitionId}-v1",
            Version = 1,
            CorrelationId = correlationId,
            Name = "Kontrakt",
            Status = status,
            SubStatus = status == WorkflowStatus.Running ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Finished,
            Input = new JsonObject { ["Sokande"] = "Åsa Öberg", ["Belopp"] = 1250 },
            Output = new JsonObject { ["Status"] = "Klar" },
            Variables = new JsonObject { ["Count"] = 3, ["Case"] = new JsonObject { ["kommun"] = "Kiruna", ["bilagor"] = new JsonArray("a", "b") }, ["Empty"] = null },
            ActivityOutputs = new JsonObject { ["greet"] = new JsonObject { ["Greeting"] = "Hej!" } },
            ActivityContexts =
            [
                new ActivityContextState { Id = "ctx1", NodeId = "Workflow1:Root", Status = ActivityStatus.Running, ScheduledAt = createdAt, Properties = new JsonObject { ["joinTokens"] = new JsonObject { ["join"] = new JsonArray("a:Done->join") } } },
                new ActivityContextState
                {
                    Id = "ctx2", NodeId = "Workflow1:Root:Delay1", ParentId = "ctx1", Status = ActivityStatus.Running, ScheduledAt = createdAt,
                    Inputs = new JsonObject { ["TimeSpan"] = "02:00:00", ["Notering"] = "Åsa" }, Outputs = new JsonObject { ["Result"] = new JsonArray(1, 2) },
                },
            ],
            Journal =
            [
                new JournalEntry { Sequence = 1, ActivityId = "Root", NodeId = "Workflow1:Root", ActivityType = "Elsa.Flowchart", ActivityContextId = "ctx1", EventType = JournalEventType.Started, Timestamp = createdAt },
                new JournalEntry { Sequence = 2, ActivityId = "Decision1", NodeId = "Workflow1:Root:Decision1", ActivityType = "Elsa.Decision", ActivityName = "Beslut", EventType = JournalEventType.Completed, Outcomes = ["True"], Timestamp = createdAt, Message = "åäö", Payload = new JsonObject { ["bookmarkId"] = "b" } },
            ],
            LastJournalSequence = 2,
            Incidents = [new WorkflowIncident("Throw1", "Workflow1:Root:Throw1", "Test.Throw", "Registret svarade inte", typeof(InvalidOperationException).FullName, createdAt)],
            Parent = new ParentReference(NewId("foralder"), NewId("bokmarke")),
            CreatedAt = createdAt,
            UpdatedAt = createdAt.AddMinutes(1),
            FinishedAt = status == WorkflowStatus.Finished ? createdAt.AddMinutes(2) : null,
        };
    }

    /// <summary>A bookmark of an instance, a timer when <paramref name="dueAt"/> is given.</summary>
    protected static Bookmark NewBookmark(WorkflowInstance instance, DateTimeOffset? dueAt = null) => new()
    {
        Id = NewId("bokmarke"),
        InstanceId = instance.Id,
        CorrelationId = instance.CorrelationId,
        Name = new BookmarkName(dueAt is null ? "ENamnd.RequestApproval" : "Elsa.Delay"),
        ActivityContextId = "ctx2",
        ActivityNodeId = "Workflow1:Root:Delay1",
        ActivityId = "Delay1",
        Payload = dueAt is { } due ? new JsonObject { ["resumeAt"] = due } : new JsonObject { ["approver"] = "samordnare" },
        DueAt = dueAt,
        CreatedAt = Now,
    };

    /// <summary>The first step of an instance: it stores the instance, its bookmarks and its whole journal.</summary>
    protected static WorkflowStep FirstStep(WorkflowInstance instance, params Bookmark[] added)
    {
        instance.Bookmarks.AddRange(added);
        return new WorkflowStep(instance, added, [], [.. instance.Journal], []);
    }

    /// <summary>A later step: bookmark changes and the journal entries added since the last commit.</summary>
    protected static WorkflowStep NextStep(WorkflowInstance instance, IReadOnlyList<Bookmark> added, IReadOnlyList<string> removed, params JournalEntry[] newEntries)
    {
        instance.Bookmarks.RemoveAll(b => removed.Contains(b.Id));
        instance.Bookmarks.AddRange(added);
        instance.Journal.AddRange(newEntries);
        instance.LastJournalSequence = Math.Max(instance.LastJournalSequence, newEntries.Select(e => e.Sequence).DefaultIfEmpty().Max());
        return new WorkflowStep(instance, added, removed, newEntries, []);
    }

    /// <summary>Fails unless two instances have the same JSON state (key order aside).</summary>
    protected static void AssertSameState(WorkflowInstance expected, WorkflowInstance? actual)
    {
        Assert.NotNull(actual);
        var expectedJson = WorkflowStateSerializer.Serialize(expected);
        var actualJson = WorkflowStateSerializer.Serialize(actual);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson)), $"expected {expectedJson}{Environment.NewLine}actual   {actualJson}");
    }

    /// <summary>Fails unless two bookmarks are equal as JSON.</summary>
    protected static void AssertSameBookmark(Bookmark expected, Bookmark? actual)
    {
        Assert.NotNull(actual);
        var expectedJson = JsonSerializer.Serialize(expected, ValueConverter.JsonOptions);
        var actualJson = JsonSerializer.Serialize(actual, ValueConverter.JsonOptions);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson)), $"expected {expectedJson}{Environment.NewLine}actual   {actualJson}");
    }

    /// <summary>Fails unless two definitions write the same Elsa JSON.</summary>
    protected void AssertSameDefinition(WorkflowDefinition expected, WorkflowDefinition? actual)
    {
        Assert.NotNull(actual);
        var expectedJson = DefinitionSerializer.Serialize(expected).ToJsonString();
        var actualJson = DefinitionSerializer.Serialize(actual).ToJsonString();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), JsonNode.Parse(actualJson)), $"expected {expectedJson}{Environment.NewLine}actual   {actualJson}");
    }
}
