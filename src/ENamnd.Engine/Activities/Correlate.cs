using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>Sets the instance's correlation id (in the e-nämnd, the case number) to a value (Elsa's <c>Elsa.Correlate</c>).</summary>
[Activity("Elsa", "Correlate", Category = "Primitiver", DisplayName = "Korrelera", Description = "Ger instansen ett nytt korrelations-id (ärendenummer).")]
public sealed class Correlate : Activity
{
    /// <summary>The new correlation id.</summary>
    [Input(DisplayName = "Korrelations-id", Description = "Värdet som blir instansens korrelations-id.")]
    public Input<string?> CorrelationId { get; set; } = new((string?)null);

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.WorkflowContext.Instance.CorrelationId = context.Get(CorrelationId);
        return default;
    }
}
