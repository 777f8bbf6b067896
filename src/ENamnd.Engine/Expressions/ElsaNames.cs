using System.Text.RegularExpressions;

namespace ENamnd.Engine.Expressions;

/// <summary>The name forms Elsa derives from user-given names: script accessors (<c>getVariable1</c>) and workflow activity types.</summary>
public static partial class ElsaNames
{
    /// <summary>
    /// The PascalCase form Elsa uses (Humanizer's <c>Pascalize</c>): the first letter and every letter after spaces,
    /// '_' or '-' upper-cased, those separators dropped (<c>order total</c> → <c>OrderTotal</c>).
    /// </summary>
    public static string Pascalize(string name) =>
        SeparatedLetter().Replace(name, m => m.Groups[1].Value.ToUpperInvariant());

    /// <summary>Whether Elsa makes accessors for a name: it is not blank and holds only letters and digits.</summary>
    public static bool IsScriptName(string? name) => !string.IsNullOrWhiteSpace(name) && name.All(char.IsLetterOrDigit);

    [GeneratedRegex("(?:[ _-]+|^)([a-zA-Z])")]
    private static partial Regex SeparatedLetter();
}
