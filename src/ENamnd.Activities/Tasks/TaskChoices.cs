namespace ENamnd.Activities.Tasks;

/// <summary>
/// The one rule for whether an answer is one of a task's choices: the answer and the choice's value, both trimmed,
/// are equal ignoring case (ordinal, so no culture decides). The match is the declared choice, so an outcome is
/// always stored in the declared spelling however the answer was typed.
/// </summary>
public static class TaskChoices
{
    /// <summary>The choice <paramref name="answer"/> names (the first declared, should two differ only in case), or null when it names none.</summary>
    public static TaskChoice? Match(IEnumerable<TaskChoice> choices, string? answer)
    {
        var wanted = answer?.Trim();
        if (string.IsNullOrEmpty(wanted)) return null;
        return choices.FirstOrDefault(choice => string.Equals(choice.Value.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The choices as <c>value = label</c>, comma separated, for a Swedish fault message.</summary>
    public static string Describe(IEnumerable<TaskChoice> choices) => string.Join(", ", choices.Select(c => $"{c.Value} = {c.Label}"));
}
