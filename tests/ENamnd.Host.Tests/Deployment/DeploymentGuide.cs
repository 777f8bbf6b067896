using System.Text.RegularExpressions;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Deployment;

/// <summary>The commands of the README's section "Driftsättning", as written there, so the tests run what a reader runs.</summary>
internal static partial class DeploymentGuide
{
    private const string Heading = "## Driftsättning";

    /// <summary>The arguments of the command that publishes the self-contained folder, after <c>dotnet publish</c>.</summary>
    public static IReadOnlyList<string> FolderCommand => Command(c => c.Contains(" -o ", StringComparison.Ordinal));

    /// <summary>The arguments of the command that builds the container image into a tarball, after <c>dotnet publish</c>.</summary>
    public static IReadOnlyList<string> ContainerCommand => Command(c => c.Contains("-t:PublishContainer", StringComparison.Ordinal));

    /// <summary>The systemd unit the section names.</summary>
    public static string SystemdUnitPath => Path.Combine(Root, "deploy", "enamnd.service");

    /// <summary>The repository root.</summary>
    public static string Root => RepositoryRoot.Find() ?? throw new InvalidOperationException("The repository root was not found.");

    /// <summary>The arguments of <paramref name="command"/> with the value of <paramref name="option"/> (given as "-o x" or "-p:X=x") replaced.</summary>
    public static List<string> WithOption(IEnumerable<string> command, string option, string value)
    {
        var arguments = command.ToList();
        var index = arguments.FindIndex(a => a == option || a.StartsWith(option + "=", StringComparison.Ordinal));
        if (index < 0) throw new InvalidOperationException($"The README's command has no {option}: {string.Join(' ', arguments)}");
        if (arguments[index] == option) arguments[index + 1] = value;
        else arguments[index] = option + "=" + value;
        return arguments;
    }

    private static IReadOnlyList<string> Command(Func<string, bool> which)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var start = readme.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException($"README.md has no section \"{Heading}\".");
        var end = readme.IndexOf("\n## ", start + Heading.Length, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var commands = InlineCode().Matches(section).Select(m => m.Groups[1].Value)
            .Where(c => c.StartsWith("dotnet publish ", StringComparison.Ordinal) && which(c)).ToList();
        Assert.True(commands.Count == 1, $"Expected one such dotnet publish command in \"{Heading}\", found {commands.Count}.");
        // The commands take no quoted arguments, so words are arguments; the result follows "dotnet publish".
        return commands[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..];
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex InlineCode();
}
