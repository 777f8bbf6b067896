using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Descriptors;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Runtime.Alterations;
using ENamnd.Engine.Serialization;
using ENamnd.Engine.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ENamnd.Engine;

/// <summary>Registers the workflow engine.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine with its built-in activities, the five expression syntaxes, the runtime and
    /// in-memory stores (a host may register durable stores and a distributed lock before this call).
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<ActivityRegistry>? registerActivities = null)
    {
        var registry = new ActivityRegistry().RegisterAll(typeof(EngineServiceCollectionExtensions).Assembly);
        registerActivities?.Invoke(registry);
        services.AddSingleton(registry);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IExpressionEvaluator, LiteralEvaluator>();
        services.AddSingleton<IExpressionEvaluator, ObjectEvaluator>();
        services.AddSingleton<IExpressionEvaluator, VariableEvaluator>();
        services.AddSingleton<JavaScriptEvaluator>();
        services.AddSingleton<IExpressionEvaluator>(p => p.GetRequiredService<JavaScriptEvaluator>());
        services.AddSingleton<IExpressionEvaluator, LiquidEvaluator>();
        services.AddSingleton<ExpressionEvaluator>();
        services.TryAddSingleton<HttpExchangeAccessor>();
        services.AddHttpClient(SendHttpRequestBase.HttpClientName);
        services.AddSingleton<ActivityJsonSerializer>();
        services.AddSingleton<WorkflowDefinitionSerializer>();
        services.AddSingleton<ActivityDescriptorFactory>();
        services.AddSingleton<WorkflowActivityDescriptors>();
        services.AddSingleton<WorkflowValidator>();
        services.AddSingleton<WorkflowDefinitionPublisher>();
        services.AddSingleton<WorkflowDefinitionManager>();
        services.AddSingleton<WorkflowReferenceGraph>();
        services.AddSingleton<WorkflowReferenceUpdater>();
        services.AddSingleton<WorkflowInstanceRemover>();
        services.AddSingleton<WorkflowInstanceImporter>();
        services.AddSingleton<ActivityTestRunner>();
        services.AddSingleton(p => new WorkflowExecutor(
            p.GetRequiredService<TimeProvider>(),
            p.GetRequiredService<ExpressionEvaluator>(),
            LoggerOf<WorkflowExecutor>(p),
            p));
        services.AddSingleton<IWorkflowRuntime>(p => new WorkflowRuntime(
            p.GetRequiredService<IWorkflowDefinitionStore>(),
            p.GetRequiredService<IWorkflowInstanceStore>(),
            p.GetRequiredService<IBookmarkStore>(),
            p.GetRequiredService<IWorkflowStepSessions>(),
            p.GetRequiredService<IPendingSignalStore>(),
            p.GetRequiredService<WorkflowExecutor>(),
            LoggerOf<WorkflowRuntime>(p)));
        services.TryAddSingleton<IWorkflowDefinitionStore, InMemoryWorkflowDefinitionStore>();
        services.TryAddSingleton<InMemoryWorkflowStateStore>();
        services.TryAddSingleton<IWorkflowInstanceStore>(p => p.GetRequiredService<InMemoryWorkflowStateStore>());
        services.TryAddSingleton<IBookmarkStore>(p => p.GetRequiredService<InMemoryWorkflowStateStore>());
        services.TryAddSingleton<IWorkflowStepCommitter>(p => p.GetRequiredService<InMemoryWorkflowStateStore>());
        services.TryAddSingleton<IPendingSignalStore>(p => p.GetRequiredService<InMemoryWorkflowStateStore>());
        services.TryAddSingleton<IWorkflowInstanceDeleter>(p => p.GetRequiredService<InMemoryWorkflowStateStore>());
        services.TryAddSingleton<IResumeTokenStore, InMemoryResumeTokenStore>();
        services.TryAddSingleton<IAlterationPlanStore, InMemoryAlterationPlanStore>();
        services.AddSingleton(p => new AlterationPlanRunner(
            p.GetRequiredService<IWorkflowRuntime>(),
            p.GetRequiredService<IWorkflowInstanceStore>(),
            p.GetRequiredService<IAlterationPlanStore>(),
            p.GetRequiredService<TimeProvider>(),
            LoggerOf<AlterationPlanRunner>(p)));
        services.TryAddSingleton<IAlterationPlanDispatcher, InlineAlterationPlanDispatcher>();
        services.TryAddSingleton<IInstanceLock, InMemoryInstanceLock>();
        services.TryAddSingleton<IWorkflowDispatcher, InlineWorkflowDispatcher>();
        services.TryAddSingleton<IWorkflowStepSessions, LockedStepSessions>();
        return services;
    }

    // The engine does not require logging to be registered; without it, log lines go nowhere.
    private static ILogger<T> LoggerOf<T>(IServiceProvider provider) =>
        provider.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
