namespace ENamnd.ElsaConformance.Manifest;

/// <summary>
/// What the activity execution records of one activity (by name, in any instance the run started) must hold, as Elsa's
/// log persistence tests read them: which inputs (the record's <c>activityState</c>) and outputs are kept or left out.
/// </summary>
public sealed record ActivityRecordCheck
{
    /// <summary>The activity's name.</summary>
    public required string Activity { get; init; }

    /// <summary>Inputs every record of the activity must keep.</summary>
    public List<string> Inputs { get; init; } = [];

    /// <summary>Inputs no record of the activity may keep.</summary>
    public List<string> NoInputs { get; init; } = [];

    /// <summary>Outputs every record of the activity must keep.</summary>
    public List<string> Outputs { get; init; } = [];

    /// <summary>Outputs no record of the activity may keep.</summary>
    public List<string> NoOutputs { get; init; } = [];

    /// <summary>The check in short, for the report.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Inputs.Count > 0) parts.Add($"keeps input {string.Join(", ", Inputs)}");
        if (NoInputs.Count > 0) parts.Add($"leaves out input {string.Join(", ", NoInputs)}");
        if (Outputs.Count > 0) parts.Add($"keeps output {string.Join(", ", Outputs)}");
        if (NoOutputs.Count > 0) parts.Add($"leaves out output {string.Join(", ", NoOutputs)}");
        return $"{Activity} {string.Join(", ", parts)}";
    }
}
