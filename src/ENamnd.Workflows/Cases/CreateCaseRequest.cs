using System.ComponentModel.DataAnnotations;

namespace ENamnd.Workflows.Cases;

/// <summary>The body of <c>POST /api/cases</c>.</summary>
public sealed record CreateCaseRequest
{
    /// <summary>What the case is about.</summary>
    public string? Title { get; init; }

    /// <summary>The case number (diarienummer), e.g. <c>2022/1-2.2.0.1</c>; unique.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The municipalities behind the initiative (names or codes); at least two.</summary>
    public IReadOnlyList<string>? InitiatingMunicipalities { get; init; }

    /// <summary>A longer description.</summary>
    [DataType(DataType.MultilineText)]
    public string? Description { get; init; }

    /// <summary>Optional budgets per phase in kronor, by subprocess definition id (e.g. <c>Forstudie</c>).</summary>
    public IReadOnlyDictionary<string, decimal>? Budgets { get; init; }
}
