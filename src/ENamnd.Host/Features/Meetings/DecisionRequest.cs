using System.ComponentModel.DataAnnotations;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// One decision: the agenda item, the outcome (Approved, Rejected, Tabled or ReturnedForRevision; Noted for information),
/// the paragraph ("§ 12"), a note, whether the paragraph was declared immediately checked (omedelbart justerad), the
/// members who reserved themselves against it (reservation; participant ids) and the föredragande (participant id;
/// without one, the e-samordnare).
/// </summary>
public sealed record DecisionRequest(
    string? AgendaItemId, string? Outcome, string? Paragraph, [property: DataType(DataType.MultilineText)] string? Note = null, bool Immediate = false,
    IReadOnlyList<string?>? Reservations = null, string? Presenter = null);
