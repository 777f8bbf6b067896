namespace ENamnd.Architecture.Tests;

/// <summary>A throw-away repository in a temp directory that follows every rule until a test breaks one.</summary>
internal sealed class SyntheticRepository : IDisposable
{
    /// <summary>An engine assets file with one clean package and its clean dependency.</summary>
    public const string CleanAssets = """
        {
          "version": 3,
          "targets": {
            "net10.0": {
              "Jint/4.18.0": { "type": "package", "dependencies": { "Acornima": "1.1.0" } },
              "Acornima/1.1.0": { "type": "package" }
            }
          },
          "project": {
            "frameworks": {
              "net10.0": { "frameworkReferences": { "Microsoft.NETCore.App": { "privateAssets": "all" } } }
            }
          }
        }
        """;

    /// <summary>Creates the repository: solution file, the seven layered projects and their test projects, engine assets and one engine source file.</summary>
    public SyntheticRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "enamnd-architecture-" + Guid.NewGuid().ToString("N"));
        Write(RepositoryRoot.SolutionFileName, string.Empty);
        WriteProject(ProjectLayers.Http, Csproj("<FrameworkReference Include=\"Microsoft.AspNetCore.App\" />"));
        WriteProject(ProjectLayers.Engine, Csproj("<PackageReference Include=\"Jint\" />"));
        WriteProject(ProjectLayers.EngineCSharp, Csproj(Reference(ProjectLayers.Engine)));
        WriteProject(ProjectLayers.Activities, Csproj(Reference(ProjectLayers.Engine)));
        WriteProject(ProjectLayers.Workflows, Csproj(Reference(ProjectLayers.Activities)));
        WriteProject(ProjectLayers.Persistence, Csproj(Reference(ProjectLayers.Activities)));
        WriteProject(ProjectLayers.Designer, Csproj(Reference(ProjectLayers.Engine) + Reference(ProjectLayers.Http)));
        WriteProject(ProjectLayers.Host, Csproj(
            Reference(ProjectLayers.Workflows) + Reference(ProjectLayers.Persistence) + Reference(ProjectLayers.Designer) + Reference(ProjectLayers.Http),
            "Microsoft.NET.Sdk.Web"));
        foreach (var project in ProjectLayers.Order) Write(TestProjectRule.TestProjectPath(project), Csproj(Reference(project)));
        Write(EngineAssetsRule.AssetsPath, CleanAssets);
        Write("src/ENamnd.Engine/Model/Clean.cs", "namespace ENamnd.Engine.Model;\n\npublic sealed class Clean;\n");
    }

    /// <summary>The repository's root directory.</summary>
    public string Root { get; }

    /// <summary>Csproj text with the given items and SDK.</summary>
    public static string Csproj(string items, string sdk = "Microsoft.NET.Sdk") =>
        $"<Project Sdk=\"{sdk}\">\n  <ItemGroup>\n    {items}\n  </ItemGroup>\n</Project>\n";

    /// <summary>A ProjectReference item to a src project, written the way Visual Studio writes it.</summary>
    public static string Reference(string projectName) =>
        $"<ProjectReference Include=\"..\\{projectName}\\{projectName}.csproj\" />";

    /// <summary>Replaces the csproj of a src project.</summary>
    public void WriteProject(string projectName, string csproj) => Write(ProjectLayers.ProjectPath(projectName), csproj);

    /// <summary>Writes a file at a repository-relative path, creating its directories.</summary>
    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Deletes a file at a repository-relative path.</summary>
    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    /// <summary>Runs every architecture rule against this repository.</summary>
    public IReadOnlyList<string> Check() => ArchitectureRules.Check(Root);

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Root, recursive: true);
}
