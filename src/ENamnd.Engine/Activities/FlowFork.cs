using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Splits a flowchart into parallel branches: it completes through one outcome per branch name (Elsa's <c>Elsa.FlowFork</c>).</summary>
[Activity("Elsa", "FlowFork", Category = "Flöde", DisplayName = "Förgrening", Description = "Delar flödet i grenar som körs parallellt, en utgång per gren.")]
public sealed class FlowFork : Activity
{
    /// <summary>The branch names; each is an outcome port. None means the single outcome <c>Done</c>.</summary>
    [Input(DisplayName = "Grenar", Description = "Namnen på grenarna; varje gren blir en utgång.", UIHint = "dynamic-outcomes")]
    public Input<List<string>?> Branches { get; set; } = new((List<string>?)null);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var branches = context.Get(Branches)?.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct().ToArray() ?? [];
        context.Complete(branches);
        return default;
    }
}
