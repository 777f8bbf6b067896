using ENamnd.Activities.People;

namespace ENamnd.Host.Features.Participants;

/// <summary>A role as the API shows it: its Swedish name and the case it is limited to, if any.</summary>
public sealed record RoleAssignmentView(string Role, string? CaseNumber)
{
    /// <summary>The view of a role assignment.</summary>
    public static RoleAssignmentView From(RoleAssignment assignment) => new(RoleNames.Swedish(assignment.Role), assignment.CaseNumber);
}
