using ENamnd.Engine.Model;

namespace ENamnd.Engine.Activities;

/// <summary>One case of a <see cref="FlowSwitch"/>: an outcome label and the condition that selects it.</summary>
public sealed record SwitchCase(string Label, Expression Condition);
