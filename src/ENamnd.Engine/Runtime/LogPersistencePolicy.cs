using ENamnd.Engine.Model;

namespace ENamnd.Engine.Runtime;

/// <summary>
/// Which inputs and outputs of an activity the journal keeps, as Elsa resolves a log persistence mode: the activity's
/// setting for the name, else the activity's default, else the workflow's default, else <see cref="LogPersistenceMode.Include"/>;
/// at each level <see cref="LogPersistenceMode.Inherit"/> passes to the next.
/// </summary>
public sealed class LogPersistencePolicy
{
    private readonly LogPersistenceSettings workflow;
    private readonly LogPersistenceSettings activity;
    private readonly Func<Expression, LogPersistenceMode?> evaluate;
    private LogPersistenceMode? activityDefault;

    /// <summary>
    /// The policy of <paramref name="activity"/> in a workflow with <paramref name="workflowCustomProperties"/>;
    /// <paramref name="evaluate"/> gives the mode an expression setting yields (null: inherit), when settings use expressions.
    /// </summary>
    public LogPersistencePolicy(System.Text.Json.Nodes.JsonObject workflowCustomProperties, Activity activity, Func<Expression, LogPersistenceMode?>? evaluate = null)
    {
        workflow = LogPersistenceSettings.Of(workflowCustomProperties);
        this.activity = LogPersistenceSettings.Of(activity.CustomProperties);
        this.evaluate = evaluate ?? (_ => null);
    }

    /// <summary>Whether nothing is set at either level, so everything is kept.</summary>
    public bool KeepsEverything => workflow.IsEmpty && activity.IsEmpty;

    /// <summary>The mode of an input, by name: <see cref="LogPersistenceMode.Include"/> or <see cref="LogPersistenceMode.Exclude"/>.</summary>
    public LogPersistenceMode InputMode(string name) => KeepsEverything ? LogPersistenceMode.Include : Resolve(activity.Input(name), ActivityDefault);

    /// <summary>The mode of an output, by name: <see cref="LogPersistenceMode.Include"/> or <see cref="LogPersistenceMode.Exclude"/>.</summary>
    public LogPersistenceMode OutputMode(string name) => KeepsEverything ? LogPersistenceMode.Include : Resolve(activity.Output(name), ActivityDefault);

    private LogPersistenceMode ActivityDefault() => activityDefault ??= Resolve(activity.Default, WorkflowDefault);

    // Elsa's global default is Include (its ManagementOptions), and Inherit at the top means the same.
    private LogPersistenceMode WorkflowDefault() => Resolve(workflow.Default, () => LogPersistenceMode.Include);

    private LogPersistenceMode Resolve(LogPersistenceRule? rule, Func<LogPersistenceMode> inherited)
    {
        var mode = rule switch
        {
            null => LogPersistenceMode.Inherit,
            { Expression: { } expression } => evaluate(expression) ?? LogPersistenceMode.Inherit,
            _ => rule.Mode,
        };
        return mode == LogPersistenceMode.Inherit ? inherited() : mode;
    }
}
