using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Stores;

/// <summary>Finds open bookmarks; they are written only through <see cref="IWorkflowStepCommitter"/>.</summary>
public interface IBookmarkStore
{
    /// <summary>An open bookmark by id; null once it has been consumed.</summary>
    Task<Bookmark?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The open bookmarks of an instance.</summary>
    Task<IReadOnlyList<Bookmark>> ListByInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>The open bookmarks named <paramref name="name"/> (what they await, e.g. <c>Elsa.Event</c>), oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> ListByNameAsync(BookmarkName name, CancellationToken cancellationToken = default);

    /// <summary>Open bookmarks with a due time at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Bookmark>> ListDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);
}
