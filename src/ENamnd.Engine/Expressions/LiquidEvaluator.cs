using System.Collections.Concurrent;
using System.Globalization;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Fluid;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// Renders Liquid templates with Fluid in Swedish culture and Stockholm time. Templates see
/// <c>Variables</c>, <c>Input</c> and <c>Workflow</c> (<c>InstanceId</c>, <c>CorrelationId</c>,
/// <c>DefinitionId</c>, <c>Name</c>).
/// </summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> templates = new();
    private readonly TemplateOptions options = new()
    {
        CultureInfo = CultureInfo.GetCultureInfo("sv-SE"),
        TimeZone = StockholmTime.Zone,
        MaxSteps = 100_000,
    };

    /// <inheritdoc />
    public string Type => ExpressionTypes.Liquid;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        var template = templates.GetOrAdd(expression.Text ?? "", Parse);
        var instance = context.WorkflowContext.Instance;
        var scope = new TemplateContext(options);
        scope.SetValue("Variables", ValueConverter.ToPlain(instance.Variables));
        scope.SetValue("Input", ValueConverter.ToPlain(instance.Input));
        scope.SetValue("Workflow", new Dictionary<string, object?>
        {
            ["InstanceId"] = instance.Id,
            ["CorrelationId"] = instance.CorrelationId,
            ["DefinitionId"] = instance.DefinitionId,
            ["Name"] = instance.Name,
        });
        return template.Render(scope);
    }

    private static IFluidTemplate Parse(string source) =>
        Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new ExpressionException($"Liquid-mallen kunde inte tolkas: {error}");
}
