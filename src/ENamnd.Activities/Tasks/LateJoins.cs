using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// A municipality that joins a case later reaches the round running at that moment through the round's join bookmark
/// (<see cref="BookmarkName"/>): the host resumes it with the municipality's code, and the activity takes the
/// municipality into its round (a re-split of the cost, or one more municipality asked). The bookmark ends with the round.
/// </summary>
public static class LateJoins
{
    /// <summary>The name of the bookmark a round that takes in joining municipalities waits on.</summary>
    public static readonly BookmarkName BookmarkName = new("ENamnd.Anslutning");

    private const string MunicipalityProperty = "municipality";
    private const string ByProperty = "by";

    /// <summary>The resume input of a join: the municipality's code and who recorded the join.</summary>
    public static JsonObject Input(string municipalityCode, string by) => new() { [MunicipalityProperty] = municipalityCode, [ByProperty] = by };

    /// <summary>Makes the round wait for municipalities joining the case (again, after one joined).</summary>
    internal static void Await(ActivityExecutionContext context) => context.CreateBookmark(BookmarkName);

    /// <summary>The joining municipality's code and who recorded it, when the resumed bookmark is the join bookmark.</summary>
    internal static (string Code, string By)? Of(ActivityExecutionContext context, Bookmark bookmark) =>
        bookmark.Is(BookmarkName) && (string?)context.ResumeInput?[MunicipalityProperty] is { Length: > 0 } code
            ? (code, (string?)context.ResumeInput?[ByProperty] ?? "")
            : null;
}
