using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Jint.Native;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Runs a script (Elsa's <c>RunJavaScript</c>): its value becomes <see cref="Result"/>, and <c>setOutcome(name)</c> or
/// <c>setOutcomes([names])</c> in the script choose the ports the activity continues through (<c>Done</c> otherwise).
/// </summary>
[Activity("Elsa", "RunJavaScript", Category = "Skript", DisplayName = "Kör JavaScript", Description = "Kör ett JavaScript; setOutcome('Namn') väljer utgång.")]
public sealed class RunJavaScript : Activity
{
    /// <summary>The script. Its source is run as written, whichever syntax the designer stored it in.</summary>
    [Input(DisplayName = "Skript", UIHint = "code-editor", DefaultSyntax = ExpressionTypes.JavaScript)]
    public Input<string> Script { get; set; } = new("");

    /// <summary>The ports a script may choose with <c>setOutcome</c>; the designer draws one per name.</summary>
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
        var javaScript = (JavaScriptEvaluator?)context.Services.GetService(typeof(JavaScriptEvaluator))
            ?? throw new InvalidOperationException("The JavaScript evaluator is not registered.");
        string[]? outcomes = null;
        var result = javaScript.Run(source, context, engine =>
        {
            engine.SetValue("setOutcome", new Action<JsValue>(name => outcomes = [JavaScriptValues.Text(name) ?? Ports.Done]));
            engine.SetValue("setOutcomes", new Action<JsValue>(names => outcomes = OutcomesOf(names)));
        });
        if (result is not null) context.Set(Result, result);
        context.Complete(outcomes ?? [Ports.Done]);
        return default;
    }

    // The designer stores the script's source as a literal; if it is stored as a JavaScript expression, that text is the
    // script too (evaluating it would run the script once to get the source of a second run). Other syntaxes yield the source.
    private string? SourceOf(ActivityExecutionContext context)
    {
        if (Script.Expression.Type is not (ExpressionTypes.Literal or ExpressionTypes.JavaScript)) return context.Get(Script);
        // Read without evaluating, so kept for the journal here, as an evaluated input is.
        context.RecordInput(nameof(Script), Script.Expression.Text);
        return Script.Expression.Text;
    }

    private static string[] OutcomesOf(JsValue names) =>
        names is Jint.Native.Array.ArrayInstance array
            ? [.. array.Select(n => JavaScriptValues.Text(n)).OfType<string>()]
            : [JavaScriptValues.Text(names) ?? Ports.Done];
}
