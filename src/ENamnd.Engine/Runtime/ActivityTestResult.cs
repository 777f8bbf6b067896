using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>What one activity did when run on its own (see <see cref="ActivityTestRunner"/>).</summary>
public sealed record ActivityTestResult(
    ActivityStatus Status,
    JsonObject ActivityState,
    JsonObject? Outputs,
    IReadOnlyList<string> Outcomes,
    WorkflowIncident? Incident,
    IReadOnlyList<Bookmark> Bookmarks,
    IReadOnlyList<JournalEntry> Journal);
