using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

public sealed partial class WorkflowExecutionContext
{
    internal Bookmark AddBookmark(ActivityExecutionContext owner, BookmarkName name, JsonNode? payload, DateTimeOffset? dueAt)
    {
        var bookmark = new Bookmark
        {
            Id = IdGenerator.NewId(),
            InstanceId = Instance.Id,
            CorrelationId = Instance.CorrelationId,
            Name = name,
            ActivityContextId = owner.Id,
            ActivityNodeId = owner.Activity.NodeId,
            ActivityId = owner.Activity.Id,
            Payload = payload,
            DueAt = dueAt,
            CreatedAt = Now,
        };
        Instance.Bookmarks.Add(bookmark);
        addedBookmarks.Add(bookmark);
        return bookmark;
    }

    /// <summary>Removes a bookmark; one created and consumed within the same step never reaches the store.</summary>
    internal void RemoveBookmark(Bookmark bookmark)
    {
        Instance.Bookmarks.RemoveAll(b => b.Id == bookmark.Id);
        if (addedBookmarks.RemoveAll(b => b.Id == bookmark.Id) == 0) removedBookmarkIds.Add(bookmark.Id);
    }

    internal IEnumerable<Bookmark> BookmarksOf(ActivityExecutionContext owner) =>
        Instance.Bookmarks.Where(b => b.ActivityContextId == owner.Id);

    private void RemoveBookmarksOf(ActivityExecutionContext owner)
    {
        foreach (var bookmark in BookmarksOf(owner).ToList()) RemoveBookmark(bookmark);
    }

    private void RemoveAllBookmarks()
    {
        foreach (var bookmark in Instance.Bookmarks.ToList()) RemoveBookmark(bookmark);
    }
}
