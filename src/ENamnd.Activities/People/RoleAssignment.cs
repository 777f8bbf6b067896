namespace ENamnd.Activities.People;

/// <summary>A role a person holds, optionally only for one case (e.g. the steering group of case 2022/1-2.2.0.1).</summary>
public sealed record RoleAssignment(Role Role, string? CaseNumber = null);
