namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Runs a submitted plan at once, in the caller's flow (the engine on its own, tests).</summary>
public sealed class InlineAlterationPlanDispatcher(AlterationPlanRunner runner) : IAlterationPlanDispatcher
{
    /// <inheritdoc />
    public Task DispatchAsync(string planId, CancellationToken cancellationToken = default) => runner.RunAsync(planId, cancellationToken);
}
