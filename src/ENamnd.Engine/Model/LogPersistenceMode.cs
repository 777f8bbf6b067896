namespace ENamnd.Engine.Model;

/// <summary>
/// Whether the journal keeps an input or output value of an activity execution (Elsa's log persistence mode): set per
/// workflow, per activity and per input or output; <see cref="Inherit"/> takes the setting of the level above.
/// </summary>
public enum LogPersistenceMode
{
    /// <summary>The setting of the level above: the activity's default, then the workflow's, then <see cref="Include"/>.</summary>
    Inherit,

    /// <summary>The value is kept.</summary>
    Include,

    /// <summary>The value is not kept.</summary>
    Exclude,
}
