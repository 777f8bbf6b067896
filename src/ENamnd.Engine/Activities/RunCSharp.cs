using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs a C# script (Elsa's <c>RunCSharp</c>): its value becomes <see cref="Result"/>, and <c>Outcome.Set("Namn")</c> in the
/// script chooses the ports the activity continues through (<c>Done</c> otherwise). C# runs with the host's full rights,
/// so it is off unless the administrator turns it on; turned off, the activity faults and saving a definition with it is refused.
/// </summary>
[Activity("Elsa", "RunCSharp", Category = "Skript", DisplayName = "Kör C#", Description = "Kör ett C#-skript; Outcome.Set(\"Namn\") väljer utgång. Kräver att C# är påslaget.")]
public sealed class RunCSharp : Activity
{
    /// <summary>The script. Its source is run as written, whichever syntax the designer stored it in.</summary>
    [Input(DisplayName = "Skript", UIHint = "code-editor", DefaultSyntax = ExpressionTypes.CSharp, SourceSyntax = ExpressionTypes.CSharp)]
    public Input<string> Script { get; set; } = new("");

    /// <summary>The ports a script may choose with <c>Outcome.Set</c>; the designer draws one per name.</summary>
    [Input(DisplayName = "Möjliga utgångar", UIHint = "dynamic-outcomes")]
    public Input<List<string>> PossibleOutcomes { get; set; } = new((List<string>)null!);

    /// <summary>The script's value, when it has one.</summary>
    [Output(DisplayName = "Resultat")]
    public Output<object?> Result { get; set; } = new();

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        var source = SourceOf(context);
        if (string.IsNullOrWhiteSpace(source)) return default;
        var run = context.WorkflowContext.Expressions.RunScript(ExpressionTypes.CSharp, source, context);
        if (run.Value is not null) context.Set(Result, run.Value);
        context.Complete(run.Outcomes is { Count: > 0 } outcomes ? [.. outcomes] : [Ports.Done]);
        return default;
    }

    // As RunJavaScript: a literal or a C# expression is the script's own text; another syntax yields the text.
    private string? SourceOf(ActivityExecutionContext context)
    {
        if (Script.Expression.Type is not (ExpressionTypes.Literal or ExpressionTypes.CSharp)) return context.Get(Script);
        // Read without evaluating, so kept for the journal here, as an evaluated input is.
        context.RecordInput(nameof(Script), Script.Expression.Text);
        return Script.Expression.Text;
    }
}
