namespace ENamnd.Engine.Runtime;

/// <summary>
/// Everything one execution step changed: the instance state, bookmark changes, new journal
/// entries and signals. A store commits it as one unit.
/// </summary>
public sealed record WorkflowStep(
    WorkflowInstance Instance,
    IReadOnlyList<Bookmark> AddedBookmarks,
    IReadOnlyList<string> RemovedBookmarkIds,
    IReadOnlyList<JournalEntry> NewJournalEntries,
    IReadOnlyList<WorkflowSignal> Signals);
