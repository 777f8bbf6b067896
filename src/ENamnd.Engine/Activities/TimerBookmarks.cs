using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Timer bookmarks: a due time and a <see cref="TimerPayload"/>.</summary>
public static class TimerBookmarks
{
    /// <summary>Waits until <paramref name="dueAt"/>; the runtime resumes the bookmark when it is due.</summary>
    public static Bookmark WaitUntil(this ActivityExecutionContext context, BookmarkName name, DateTimeOffset dueAt) =>
        context.CreateBookmark(name, new TimerPayload(dueAt), dueAt);
}
