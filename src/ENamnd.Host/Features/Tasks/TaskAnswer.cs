using System.ComponentModel.DataAnnotations;
using ENamnd.Activities.Tasks;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// An answer to a task as a page or API client sends it: the link token, the chosen outcome, a comment, a decision
/// reference and the further fields by name; <paramref name="Meeting"/> only from the meeting's record of a committee
/// decision (see <see cref="MeetingRecord"/>), never from a link, as is <paramref name="RecordedBy"/> (who recorded it
/// on the recipient's behalf).
/// </summary>
public sealed record TaskAnswer(
    string? Token, string? Outcome, [property: DataType(DataType.MultilineText)] string? Comment, string? Reference,
    [property: DataType(DataType.MultilineText)] IReadOnlyDictionary<string, string>? Fields = null,
    MeetingRecord? Meeting = null, string? RecordedBy = null);
