using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using DotLiquid;
using DotLiquid.Exceptions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// Renders Liquid templates (DotLiquid) in Swedish culture. Templates see <c>Variables</c>,
/// <c>Input</c> and <c>Workflow</c> (<c>InstanceId</c>, <c>CorrelationId</c>, <c>DefinitionId</c>, <c>Name</c>).
/// </summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");
    private readonly ConcurrentDictionary<string, Template> templates = new();

    /// <inheritdoc />
    public string Type => ExpressionTypes.Liquid;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        var template = templates.GetOrAdd(expression.Text ?? "", Parse);
        var instance = context.WorkflowContext.Instance;
        var model = new Hash
        {
            ["Variables"] = ToLiquid(instance.Variables),
            ["Input"] = ToLiquid(instance.Input),
            ["Workflow"] = Hash.FromDictionary(new Dictionary<string, object?>
            {
                ["InstanceId"] = instance.Id,
                ["CorrelationId"] = instance.CorrelationId,
                ["DefinitionId"] = instance.DefinitionId,
                ["Name"] = instance.Name,
            }),
        };
        return template.Render(new RenderParameters(Swedish) { LocalVariables = model, ErrorsOutputMode = ErrorsOutputMode.Rethrow });
    }

    /// <inheritdoc />
    public string? Check(Expression expression)
    {
        try
        {
            templates.GetOrAdd(expression.Text ?? "", Parse);
            return null;
        }
        catch (LiquidException e)
        {
            return $"Liquid-fel: {e.Message}";
        }
    }

    private static Template Parse(string source) => Template.Parse(source);

    private static object? ToLiquid(JsonNode? node) => node switch
    {
        JsonObject obj => Hash.FromDictionary(obj.ToDictionary(p => p.Key, p => ToLiquid(p.Value))),
        JsonArray array => array.Select(ToLiquid).ToList(),
        _ => ValueConverter.ToPlain(node),
    };
}
