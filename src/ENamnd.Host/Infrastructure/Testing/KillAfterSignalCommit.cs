using System.Diagnostics;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;

namespace ENamnd.Host.Infrastructure.Testing;

/// <summary>
/// A crash-test hook, off unless <see cref="Setting"/> is true: kills the process (SIGKILL) right after a step with
/// signals is committed, before the signals are delivered, so that the process tests can show the sweep delivers them.
/// </summary>
public sealed class KillAfterSignalCommit(ILogger<KillAfterSignalCommit> logger) : IStepCommitListener
{
    /// <summary>The setting that turns the hook on (<c>Testing__KillAfterSignalCommit=true</c>).</summary>
    public const string Setting = "Testing:KillAfterSignalCommit";

    /// <summary>Adds the hook when the configuration turns it on.</summary>
    public static void AddIfEnabled(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(Setting)) services.AddSingleton<IStepCommitListener, KillAfterSignalCommit>();
    }

    /// <inheritdoc />
    public Task OnCommittedAsync(WorkflowStep step, CancellationToken cancellationToken)
    {
        if (step.Signals.Count == 0) return Task.CompletedTask;
        logger.LogWarning("{Setting}: killing the process after the commit of a step of instance {InstanceId} with {Count} signal(s)",
            Setting, step.Instance.Id, step.Signals.Count);
        Process.GetCurrentProcess().Kill();
        return Task.CompletedTask;
    }
}
