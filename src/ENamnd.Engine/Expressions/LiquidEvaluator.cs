using System.Collections.Concurrent;
using System.Globalization;
using ENamnd.Engine.Expressions.Liquid;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using Fluid;

namespace ENamnd.Engine.Expressions;

/// <summary>
/// Renders Liquid templates with Fluid, as Elsa does, in Swedish culture and the Stockholm time zone. Templates see
/// Elsa's objects (<c>Variables</c>, <c>Input</c>, <c>CorrelationId</c>, <c>WorkflowInstanceId</c>, …), <c>Workflow</c>,
/// Fluid's filters and Elsa's <c>base64</c> and <c>keys</c>; a blank template gives null. Parsed templates are cached.
/// </summary>
public sealed class LiquidEvaluator : IExpressionEvaluator
{
    private const int MaxCachedTemplates = 2048;
    private static readonly FluidParser Parser = new();
    private readonly ConcurrentDictionary<string, ParsedTemplate> templates = new(StringComparer.Ordinal);
    private readonly TemplateOptions options = CreateOptions();

    /// <inheritdoc />
    public string Type => ExpressionTypes.Liquid;

    /// <inheritdoc />
    public object? Evaluate(Expression expression, Type targetType, ActivityExecutionContext context)
    {
        var source = expression.Text ?? "";
        if (string.IsNullOrWhiteSpace(source)) return null;
        var parsed = Parse(source);
        if (parsed.Template is null) throw new ExpressionException(parsed.Error!);
        var template = new TemplateContext(options) { Now = () => context.Now };
        LiquidModel.Fill(template, context);
        try
        {
            return parsed.Template.Render(template, NullEncoder.Default);
        }
        catch (InvalidOperationException e) when (LiquidErrors.Limit(e) is { } message)
        {
            throw new ExpressionException(message, e);
        }
        catch (Exception e) when (e is not (ExpressionException or OperationCanceledException))
        {
            throw new ExpressionException(LiquidErrors.Render(e), e);
        }
    }

    /// <inheritdoc />
    public string? Check(Expression expression) => Parse(expression.Text ?? "").Error;

    private ParsedTemplate Parse(string source)
    {
        if (templates.TryGetValue(source, out var cached)) return cached;
        var parsed = Parser.TryParse(source, out var template, out var error)
            ? new ParsedTemplate(template, null)
            : new ParsedTemplate(null, LiquidErrors.Parse(error));
        // Definitions bring a bounded set of templates; should that ever stop holding, start afresh rather than grow.
        if (templates.Count >= MaxCachedTemplates) templates.Clear();
        return templates.GetOrAdd(source, parsed);
    }

    private static TemplateOptions CreateOptions() => new TemplateOptionsBuilder()
        .WithCultureInfo(CultureInfo.GetCultureInfo("sv-SE"))
        .WithTimeZone(StockholmTime.Zone)
        // Each rendering gets the workflow's clock; this one is never read.
        .WithNow(static () => throw new InvalidOperationException("Liquid-mallar läser tiden från arbetsflödets klocka."))
        .WithMaxSteps(LiquidLimits.MaxSteps)
        .WithMaxRecursion(LiquidLimits.MaxRecursion)
        .WithMaxOutputSize(LiquidLimits.MaxOutputSize)
        .WithMaxCollectionSize(LiquidLimits.MaxCollectionSize)
        .ConfigureFilters(filters => filters.WithElsaFilters())
        .Build();

    private sealed record ParsedTemplate(IFluidTemplate? Template, string? Error);
}
