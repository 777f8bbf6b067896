namespace ENamnd.Activities.Tasks;

/// <summary>An answer a participant can give: the outcome value and its Swedish label.</summary>
public sealed record TaskChoice(string Value, string Label);
