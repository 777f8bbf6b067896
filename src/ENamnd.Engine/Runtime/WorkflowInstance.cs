using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ENamnd.Engine.Runtime;

/// <summary>The state of one run of a workflow. It serializes to JSON; a store persists it between steps.</summary>
public sealed class WorkflowInstance
{
    public string Id { get; set; } = "";

    /// <summary>The workflow definition id.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>The id of the definition version the instance runs; it keeps it to the end.</summary>
    public string DefinitionVersionId { get; set; } = "";

    /// <summary>The definition version number.</summary>
    public int Version { get; set; }

    /// <summary>The business key: the case number (ärendenummer).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The workflow's name when the instance started.</summary>
    public string? Name { get; set; }

    public WorkflowStatus Status { get; set; }

    public WorkflowSubStatus SubStatus { get; set; }

    /// <summary>The input the instance was started with.</summary>
    public JsonObject Input { get; set; } = [];

    /// <summary>The output the workflow produced.</summary>
    public JsonObject Output { get; set; } = [];

    /// <summary>Variable values by name.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>Activity outputs: activity id → output name → value.</summary>
    public JsonObject ActivityOutputs { get; set; } = [];

    /// <summary>The live activity executions.</summary>
    public List<ActivityContextState> ActivityContexts { get; set; } = [];

    /// <summary>The open bookmarks.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>
    /// The journal entries written since the instance was loaded, in order, for the step to commit. The whole journal
    /// lives in the store (<see cref="Stores.IWorkflowInstanceStore.JournalAsync"/>); the state does not carry it.
    /// </summary>
    [JsonIgnore]
    public List<JournalEntry> Journal { get; set; } = [];

    /// <summary>The sequence of the instance's last journal entry, 0 before the first; the next entry gets the one after it.</summary>
    public long LastJournalSequence { get; set; }

    // A state written before the journal left it still holds the journal: it is read once, for its last sequence only.
    [JsonInclude]
    [JsonPropertyName("journal")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    private List<JournalEntry>? StoredJournal
    {
        get => null;
        set
        {
            if (value is { Count: > 0 }) LastJournalSequence = Math.Max(LastJournalSequence, value.Max(e => e.Sequence));
        }
    }

    /// <summary>The errors that faulted the instance.</summary>
    public List<WorkflowIncident> Incidents { get; set; } = [];

    /// <summary>The parent waiting for this instance, when it runs as a subprocess.</summary>
    public ParentReference? Parent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
