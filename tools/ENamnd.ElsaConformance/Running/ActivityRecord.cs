namespace ENamnd.ElsaConformance.Running;

/// <summary>One activity execution record as the designer API shows it: the activity's name and the names of the inputs and outputs it keeps.</summary>
public sealed record ActivityRecord(string InstanceId, string? ActivityName, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);
