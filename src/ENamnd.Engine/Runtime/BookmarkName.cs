using System.Text.Json.Serialization;
using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// What a bookmark waits for, e.g. <c>Elsa.Delay</c> or <c>ENamnd.Task</c>. Each activity declares its names once; in
/// stored instances and the bookmarks table a name is its plain string, as in Elsa's JSON, so a name in use never
/// changes: renaming it would strand the bookmarks already waiting.
/// </summary>
[JsonConverter(typeof(BookmarkNameJsonConverter))]
public readonly record struct BookmarkName(string Value)
{
    /// <summary>The name of an activity type's own bookmarks: the type itself, as Elsa names them (e.g. <c>Elsa.Delay</c>).</summary>
    public static BookmarkName Of<TActivity>() where TActivity : Activity => new(ActivityTypeInfo.Of(typeof(TActivity)).TypeName);

    /// <inheritdoc />
    public override string ToString() => Value;
}
