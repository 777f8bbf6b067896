namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// A change made to a workflow instance from outside it (Elsa 3's alteration): its <see cref="Type"/> is the discriminator
/// Elsa writes in JSON (<c>{"type":"ScheduleActivity", …}</c>).
/// </summary>
public abstract record Alteration
{
    /// <summary>Elsa's name of the alteration type.</summary>
    public abstract string Type { get; }
}
