using System.Text.RegularExpressions;

namespace ENamnd.Engine.Expressions.Liquid;

/// <summary>Says in Swedish what went wrong with a Liquid template: Fluid reports in English.</summary>
internal static partial class LiquidErrors
{
    /// <summary>A template that does not parse: Fluid's reason in Swedish where it is a common one, and the place.</summary>
    public static string Parse(string fluidError)
    {
        // Fluid appends the whole template after "Source:"; the author has it in front of them.
        var reason = fluidError.Split("\nSource:", 2)[0].Trim();
        var position = Position().Match(reason);
        reason = Translate(Position().Replace(reason, "").Trim().TrimEnd('.'));
        return position.Success
            ? $"Liquid-mallen kan inte tolkas (rad {position.Groups["line"].Value}, kolumn {position.Groups["column"].Value}): {reason}."
            : $"Liquid-mallen kan inte tolkas: {reason}.";
    }

    /// <summary>A rendering stopped by one of <see cref="LiquidLimits"/>, or null for another error.</summary>
    public static string? Limit(InvalidOperationException error) => error.Message switch
    {
        var m when m.StartsWith("The maximum number of", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: den tog mer än {LiquidLimits.MaxSteps} steg (en för lång loop?).",
        var m when m.StartsWith("The maximum level of recursion", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: den nästlade djupare än {LiquidLimits.MaxRecursion} nivåer.",
        var m when m.StartsWith("The maximum template output size", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: texten blev längre än {LiquidLimits.MaxOutputSize} tecken.",
        var m when m.StartsWith("The maximum materialized collection size", StringComparison.Ordinal) =>
            $"Liquid-mallen avbröts: en lista blev längre än {LiquidLimits.MaxCollectionSize} element.",
        _ => null,
    };

    /// <summary>Any other error while rendering.</summary>
    public static string Render(Exception error) => $"Liquid-mallen kunde inte renderas: {error.Message}";

    private static string Translate(string reason)
    {
        if (Expected().Match(reason) is { Success: true } expected)
        {
            var what = expected.Groups["what"].Value;
            var after = expected.Groups["after"].Success ? $" efter {expected.Groups["after"].Value}" : "";
            return what switch
            {
                _ when what.StartsWith("End of tag ", StringComparison.Ordinal) => $"taggen avslutas inte med {what["End of tag ".Length..]}",
                "An identifier" => $"ett namn saknas{after}",
                _ => $"{what} saknas{after}",
            };
        }
        if (Tag().Match(reason) is { Success: true } tag)
            return tag.Groups["kind"].Value == "Unknown" ? $"okänd tagg '{tag.Groups["name"].Value}'" : $"ogiltig '{tag.Groups["name"].Value}'-tagg";
        return reason;
    }

    [GeneratedRegex(@"\s*at \((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();

    [GeneratedRegex(@"^(?<what>.+?) was expected( after the (?<after>'[^']+')( sign| tag)?)?$")]
    private static partial Regex Expected();

    [GeneratedRegex(@"^(?<kind>Unknown|Invalid) (tag )?'(?<name>[^']+)'( tag)?$")]
    private static partial Regex Tag();
}
