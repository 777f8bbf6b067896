using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Tests.Activities;

/// <summary>A test activity that waits on a bookmark and hands out the link that resumes it, as Elsa's AuthorizeFlow sample does.</summary>
[Activity("Test", "AwaitLink", Category = "Test")]
public sealed class AwaitLink : Activity
{
    /// <summary>The bookmark's name.</summary>
    public static readonly BookmarkName BookmarkName = BookmarkName.Of<AwaitLink>();

    /// <summary>The link that resumes the wait.</summary>
    public Output<string> Link { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var bookmark = context.CreateBookmark(BookmarkName);
        context.Set(Link, context.GenerateBookmarkTriggerUrl(bookmark.Id));
        return default;
    }

    /// <inheritdoc />
    protected internal override ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark) => default;
}
