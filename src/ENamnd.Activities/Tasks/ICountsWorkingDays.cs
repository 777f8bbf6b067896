using ENamnd.Engine.Model;

namespace ENamnd.Activities.Tasks;

/// <summary>
/// An activity whose times to answer may count working days: with <see cref="InWorkingDays"/> on, the whole days of its
/// times count only working days (<see cref="SwedishWorkingDays"/>), so 10.00:00:00 means ten working days.
/// </summary>
public interface ICountsWorkingDays
{
    /// <summary>The input's name in the designer.</summary>
    const string DisplayName = "Svarstid i arbetsdagar";

    /// <summary>The input's description in the designer.</summary>
    const string Description = "På: svarstiderna räknas i arbetsdagar, så 10.00:00:00 betyder tio arbetsdagar (helger och helgdagar räknas inte). Av: kalenderdagar.";

    /// <summary>Whether the times to answer count working days rather than calendar time.</summary>
    Input<bool> InWorkingDays { get; }
}
