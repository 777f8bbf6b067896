namespace ENamnd.Activities.Decisions;

/// <summary>One municipality's answer to an invitation to join a matter (kommunbeslut).</summary>
public sealed record MunicipalDecision
{
    /// <summary>The municipality code (kommunkod).</summary>
    public required string Code { get; init; }

    /// <summary>The municipality name.</summary>
    public required string Name { get; init; }

    /// <summary><c>Join</c> (deltar och finansierar) or <c>Decline</c> (deltar inte).</summary>
    public required string Outcome { get; init; }

    /// <summary>The municipality's own decision reference, e.g. "Kommunstyrelsen 2023-03-14 § 45", when given.</summary>
    public string? Reference { get; init; }

    /// <summary>A comment given with the answer.</summary>
    public string? Comment { get; init; }

    /// <summary>Who answered (as the task channel reports it, e.g. an email address).</summary>
    public string? DecidedBy { get; init; }

    /// <summary>When the answer arrived.</summary>
    public DateTimeOffset At { get; init; }
}
