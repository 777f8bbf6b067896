using ENamnd.Activities.Goals;
namespace ENamnd.Host.Features.Goals;

/// <summary>A plan as the API shows it, with where the follow-up of each tertial stands.</summary>
public sealed record PlanView(string Id, int Year, string Title, IReadOnlyList<PlanGoal> Goals, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<TertialFollowUpView> FollowUps);
