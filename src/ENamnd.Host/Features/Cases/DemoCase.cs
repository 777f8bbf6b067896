using ENamnd.Workflows.Cases;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// One of the demo cases: what it is started with, the phase (<see cref="Phase"/>, a subprocess definition id) it is driven
/// to, optionally the kind of task it should then wait for (<see cref="WaitFor"/>), and which municipalities join when asked.
/// </summary>
public sealed record DemoCase(
    string CaseNumber,
    string Title,
    string Description,
    IReadOnlyList<string> Initiators,
    IReadOnlyList<string> Joining,
    string Phase,
    string? WaitFor = null,
    IReadOnlyDictionary<string, decimal>? Budgets = null)
{
    /// <summary>The request that starts the case, as the API would receive it.</summary>
    public CreateCaseRequest Request => new()
    {
        CaseNumber = CaseNumber, Title = Title, Description = Description, InitiatingMunicipalities = Initiators, Budgets = Budgets,
    };
}
