namespace ENamnd.Engine.Activities;

/// <summary>
/// How a flowchart activity with several inbound connections merges them, as Elsa reads it from the activity's
/// <c>customProperties.mergeMode</c> (Elsa's <c>MergeMode</c>; an <see cref="FlowJoin"/> uses its own mode instead).
/// </summary>
public enum MergeMode
{
    /// <summary>None set: the activity runs on every arrival, as the engine always did.</summary>
    None,

    /// <summary>Runs on an arrival unless a forward inbound branch is still running (untaken branches do not hold it up).</summary>
    Stream,

    /// <summary>Waits for every forward inbound connection (loops ignored); an untaken branch holds it up for good.</summary>
    Merge,

    /// <summary>Waits for every inbound connection, loops included: the strictest mode.</summary>
    Converge,

    /// <summary>Runs on the first arrival of a round; the other inbound connections' arrivals of that round are absorbed.</summary>
    Cascade,

    /// <summary>As <see cref="Cascade"/>, and the other inbound branches still running are cancelled.</summary>
    Race,
}
