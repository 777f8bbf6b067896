using System.Text.RegularExpressions;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>Says in Swedish what went wrong with a Liquid template: Fluid reports in English.</summary>
internal static partial class LiquidErrors
{
    /// <summary>A template that does not parse; Fluid's detail is kept, its position in Swedish.</summary>
    public static string Parse(string fluidError)
    {
        var position = Position().Match(fluidError);
        var detail = Position().Replace(fluidError, "").Trim().TrimEnd('.');
        return position.Success
            ? $"Liquid-mallen kan inte tolkas (rad {position.Groups["line"].Value}, kolumn {position.Groups["column"].Value}): {detail}."
            : $"Liquid-mallen kan inte tolkas: {detail}.";
    }

    /// <summary>A rendering stopped by one of <see cref="LiquidLimits"/>, or null for another error.</summary>
    public static string? Limit(InvalidOperationException error) => error.Message switch
    {
        // Fluid gives too many steps and too deep nesting the same message.
        var m when m.StartsWith("The maximum level of recursion", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: den tog mer än {LiquidLimits.MaxSteps} steg eller nästlade djupare än {LiquidLimits.MaxRecursion} nivåer.",
        var m when m.StartsWith("The maximum template output size", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: texten blev längre än {LiquidLimits.MaxOutputSize} tecken.",
        var m when m.StartsWith("The maximum materialized collection size", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: en lista blev längre än {LiquidLimits.MaxCollectionSize} element.",
        _ => null,
    };

    /// <summary>Any other error while rendering.</summary>
    public static string Render(Exception error) => $"Liquid-mallen kunde inte renderas: {error.Message}";

    [GeneratedRegex(@"\s*at \((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();
}
