using ENamnd.Activities.Tasks;

namespace ENamnd.Activities.Meetings;

/// <summary>What the committee does with an information item: it takes note of it ("lägga informationen till handlingarna").</summary>
public static class InformationItems
{
    /// <summary>The one outcome of an information item.</summary>
    public const string Noted = "Noted";

    /// <summary>The choices of an information item.</summary>
    public static IReadOnlyList<TaskChoice> Choices { get; } = [new(Noted, "Lägga informationen till handlingarna")];
}
