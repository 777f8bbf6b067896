namespace ENamnd.TestSupport.Hosting;

/// <summary>Finds the built host (ENamnd.Host.dll) and the <c>dotnet</c> executable that runs it.</summary>
public static class HostAssembly
{
    /// <summary>The host's file name.</summary>
    public const string FileName = "ENamnd.Host.dll";

    /// <summary>
    /// The host next to the running assembly (a test project that references src/ENamnd.Host gets a
    /// runnable copy, with its runtimeconfig.json and deps.json, in its own output); otherwise the
    /// newest build in src/ENamnd.Host/bin, preferring the running assembly's configuration.
    /// </summary>
    public static string Locate()
    {
        var baseDirectory = AppContext.BaseDirectory;
        var beside = Path.Combine(baseDirectory, FileName);
        if (IsRunnable(beside)) return beside;

        var root = TestSupport.RepositoryRoot.Find(baseDirectory)
            ?? throw new FileNotFoundException($"{FileName} is not in {baseDirectory}, which is not inside the repository either.");
        var output = new DirectoryInfo(baseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name.StartsWith("net", StringComparison.Ordinal) ? output.Name : "net10.0";
        var configuration = output.Parent?.Name;
        var hostBin = Path.Combine(root, "src", "ENamnd.Host", "bin");
        var candidates = Directory.Exists(hostBin)
            ? Directory.EnumerateDirectories(hostBin)
                .Select(c => new FileInfo(Path.Combine(c, framework, FileName)))
                .Where(f => IsRunnable(f.FullName))
                .OrderByDescending(f => f.Directory!.Parent!.Name == configuration)
                .ThenByDescending(f => f.LastWriteTimeUtc)
                .ToList()
            : [];
        return candidates.FirstOrDefault()?.FullName
            ?? throw new FileNotFoundException($"{FileName} was found neither in {baseDirectory} nor under {hostBin}/<configuration>/{framework}; build src/ENamnd.Host first.");
    }

    /// <summary>The <c>dotnet</c> that runs this process (or that the SDK names), else the one on PATH.</summary>
    public static string DotnetExecutable()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        return "dotnet";
    }

    private static bool IsRunnable(string dll) =>
        File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json"));
}
