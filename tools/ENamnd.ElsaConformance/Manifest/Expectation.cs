using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Manifest;

/// <summary>What an Elsa test asserts about a run, in our terms. Every property left out is not checked.</summary>
public sealed record Expectation
{
    /// <summary>The main instance's status (Running, Finished).</summary>
    public string? Status { get; init; }

    /// <summary>The main instance's sub-status (Finished, Suspended, Faulted, …).</summary>
    public string? SubStatus { get; init; }

    /// <summary>Every WriteLine line of the run, in order (Elsa tests capture the console; we read the journal's Log records).</summary>
    public List<string>? Lines { get; init; }

    /// <summary>Lines the run must have written, in any order, among others.</summary>
    public List<string>? LinesContain { get; init; }

    /// <summary>Workflow output values by name.</summary>
    public JsonObject? Output { get; init; }

    /// <summary>Variable values by name.</summary>
    public JsonObject? Variables { get; init; }

    /// <summary>Other instances the run must have started.</summary>
    public List<InstanceExpectation>? Instances { get; init; }

    /// <summary>Counts of journal records of the main instance.</summary>
    public List<JournalCount>? JournalCounts { get; init; }

    /// <summary>What the activity execution records of named activities keep (Elsa's log persistence modes).</summary>
    public List<ActivityRecordCheck>? ActivityRecords { get; init; }

    /// <summary>The main instance must not fault nor raise an incident.</summary>
    public bool NotFaulted { get; init; }

    /// <summary>The definition version the main instance runs (after a migration, the target).</summary>
    public int? Version { get; init; }

    /// <summary>No instance the run started may fault or raise an incident.</summary>
    public bool NoFaults { get; init; }

    /// <summary>Publishing must be refused with a message containing this text (case-insensitive).</summary>
    public string? PublishRefused { get; init; }

    /// <summary>Publishing must succeed.</summary>
    public bool? Published { get; init; }
}
