using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime.Alterations;

namespace ENamnd.Designer.Api.Alterations;

/// <summary>Elsa's <c>AlterationPlan</c> as the API shows it: the alterations in Elsa's JSON, the filter, status and times.</summary>
public sealed record AlterationPlanModel(string Id, JsonArray Alterations, AlterationInstanceFilter WorkflowInstanceFilter, AlterationPlanStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt)
{
    /// <summary>The model of a stored plan.</summary>
    public static AlterationPlanModel From(AlterationPlan plan) =>
        new(plan.Id, AlterationJson.WriteAll(plan.Alterations), plan.Filter, plan.Status, plan.CreatedAt, plan.StartedAt, plan.CompletedAt);
}
