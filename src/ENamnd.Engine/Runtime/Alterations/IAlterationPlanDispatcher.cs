namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Has a submitted plan run: the engine's default runs it at once; the host queues a background job.</summary>
public interface IAlterationPlanDispatcher
{
    /// <summary>Starts running the plan's pending jobs; safe to call twice.</summary>
    Task DispatchAsync(string planId, CancellationToken cancellationToken = default);
}
