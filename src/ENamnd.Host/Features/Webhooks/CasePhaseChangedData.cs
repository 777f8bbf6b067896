namespace ENamnd.Host.Features.Webhooks;

/// <summary>The data of <c>case.phase-changed</c>: the phase's process id (e.g. <c>Forstudie</c>) and its name as stored.</summary>
/// <param name="CaseId">The case's id in ENamnd.</param>
/// <param name="CaseNumber">The case number.</param>
/// <param name="PhaseId">The phase's process id, e.g. <c>KvalificeringAvIde</c>.</param>
/// <param name="Phase">The phase's name, e.g. <c>Kvalificering av idé</c>.</param>
/// <param name="PreviousPhaseId">The phase before, null at the start.</param>
/// <param name="PreviousPhase">The name of the phase before, null at the start.</param>
public sealed record CasePhaseChangedData(string CaseId, string CaseNumber, string PhaseId, string Phase, string? PreviousPhaseId, string? PreviousPhase);
