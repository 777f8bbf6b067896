using System.Text.RegularExpressions;

namespace ENamnd.Architecture.Tests;

/// <summary>Engine source neither imports nor names the namespaces of upper layers or infrastructure.</summary>
internal static partial class EngineSourceRule
{
    /// <summary>The engine's source directory, relative to the repository root.</summary>
    public const string SourceDirectory = "src/ENamnd.Engine";

    private static readonly string Alternatives = string.Join('|', ForbiddenDependencies.Namespaces.Select(Regex.Escape));

    // using X; using X.Y; global using X; using static X.Y; using Alias = X.Y;
    private static readonly Regex UsingDirective = new(
        $@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:@?\w+\s*=\s*)?(?:global::)?(?<ns>{Alternatives})\s*[;.]",
        RegexOptions.CultureInvariant);

    // X.Type or global::X.Type, not preceded by another name part (so ENamnd.Engine.Activities is fine).
    private static readonly Regex QualifiedName = new(
        $@"(?<![\w.])(?:global::)?(?<ns>{Alternatives})\.[\p{{L}}_@]",
        RegexOptions.CultureInvariant);

    /// <summary>One violation per offending line of a *.cs file under the engine, build output excluded.</summary>
    public static IReadOnlyList<string> Check(string root)
    {
        var directory = Path.Combine(root, SourceDirectory);
        if (!Directory.Exists(directory))
        {
            return [$"{SourceDirectory}: directory not found."];
        }

        return [.. Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(file => !RepositoryPath.IsBuildOutput(directory, file))
            .Order(StringComparer.Ordinal)
            .SelectMany(file => CheckFile(RepositoryPath.Relative(root, file), File.ReadAllText(file)))];
    }

    private static IEnumerable<string> CheckFile(string relativePath, string text)
    {
        var lines = WithoutComments(text).Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (UsingDirective.Match(lines[index]) is { Success: true } directive)
            {
                yield return $"{relativePath}:{index + 1}: using directive for {directive.Groups["ns"].Value}; the engine must not depend on it.";
            }
            else if (QualifiedName.Match(lines[index]) is { Success: true } name)
            {
                yield return $"{relativePath}:{index + 1}: fully-qualified name in {name.Groups["ns"].Value}; the engine must not depend on it.";
            }
        }
    }

    /// <summary>Blanks out comments (keeping line numbers), so prose may mention Serilog or the host.</summary>
    private static string WithoutComments(string text)
    {
        var withoutBlocks = BlockComment().Replace(text, match => new string('\n', match.Value.Count(c => c == '\n')));
        return LineComment().Replace(withoutBlocks, string.Empty);
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex LineComment();
}
