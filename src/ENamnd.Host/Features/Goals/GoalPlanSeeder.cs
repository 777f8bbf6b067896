using ENamnd.Activities.Goals;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Host.Features.Participants;
using ENamnd.Persistence;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Goals;

/// <summary>
/// Adds the example plan (the goals of verksamhetsplan 2022) as the plan of the current year (Stockholm time) when
/// enabled and that year has no plan; safe to run at every start.
/// </summary>
public sealed class GoalPlanSeeder(PlanStore plans, DatabaseSettings database, IOptions<GoalsOptions> options, TimeProvider clock, ILogger<GoalPlanSeeder> logger)
{
    /// <summary>As configured (<c>Goals:SeedExamplePlan</c>), else only on the embedded SQLite database.</summary>
    public bool Enabled => DemoOptions.Seeds(options.Value.SeedExamplePlan, database.Provider);

    /// <summary>Adds the plan if enabled and missing; true when it was added.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!Enabled) return false;
        var now = clock.GetUtcNow();
        var year = StockholmTime.DateOf(now).Year;
        var (plan, errors) = PlanValidator.Validate(GoalPlanCsv.ReadEmbedded(year), IdGenerator.NewId(), now, now);
        if (plan is null) throw new InvalidOperationException($"The embedded example plan is invalid: {string.Join(" ", errors)}");
        if (!await plans.AddAsync(plan, cancellationToken)) return false;
        logger.LogInformation("Seeded the example plan {Title} with {Count} goal(s) (Goals:SeedExamplePlan)", plan.Title, plan.Goals.Count);
        return true;
    }
}
