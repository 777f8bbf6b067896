using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>Elsa's <c>GetAlterationPlanResponse</c>: a plan and its jobs.</summary>
public sealed record AlterationPlanResponse(AlterationPlanModel Plan, IReadOnlyList<AlterationJob> Jobs);
