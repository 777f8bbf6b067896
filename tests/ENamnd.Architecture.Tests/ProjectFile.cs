using System.Xml.Linq;

namespace ENamnd.Architecture.Tests;

/// <summary>What the architecture rules need from one csproj: its SDKs and its direct references.</summary>
internal sealed record ProjectFile(
    string Name,
    string RelativePath,
    IReadOnlyList<string> Sdks,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    /// <summary>Reads the csproj at <paramref name="fullPath"/>; messages name it relative to <paramref name="root"/>.</summary>
    public static ProjectFile Load(string root, string fullPath) =>
        Parse(
            Path.GetFileNameWithoutExtension(fullPath),
            RepositoryPath.Relative(root, fullPath),
            File.ReadAllText(fullPath));

    /// <summary>Parses csproj text; project references are reduced to the referenced project's name.</summary>
    public static ProjectFile Parse(string name, string relativePath, string xml)
    {
        var document = XDocument.Parse(xml);
        var elements = document.Descendants().ToList();
        var sdks = SplitList(document.Root?.Attribute("Sdk")?.Value)
            .Concat(Values(elements, "Sdk", "Name"))
            .Concat(Values(elements, "Import", "Sdk"))
            .Select(sdk => sdk.Split('/')[0].Trim());
        var projects = Values(elements, "ProjectReference", "Include")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')));
        var packages = Values(elements, "PackageReference", "Include")
            .Concat(Values(elements, "GlobalPackageReference", "Include"));
        var frameworks = Values(elements, "FrameworkReference", "Include");
        return new ProjectFile(name, relativePath, [.. sdks], [.. projects], [.. packages], [.. frameworks]);
    }

    private static IEnumerable<string> Values(IEnumerable<XElement> elements, string elementName, string attributeName) =>
        elements
            .Where(element => element.Name.LocalName == elementName)
            .SelectMany(element => SplitList(element.Attribute(attributeName)?.Value));

    private static IEnumerable<string> SplitList(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
