using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ENamnd.Designer.Hosting;

/// <summary>The folder of Elsa Studio files served under <c>/designer/</c>, or none when it cannot be found.</summary>
internal sealed class DesignerBundle
{
    /// <summary>The assembly metadata key under which the build records the npm install folder.</summary>
    public const string RecordedPathKey = "ENamnd.DesignerBundlePath";

    /// <summary>The folder a published host carries the bundle in, next to the host's assembly.</summary>
    public const string PublishedFolder = "designer";

    // Present in every Blazor WebAssembly bundle; a folder without it is not one.
    private const string Marker = "_framework/blazor.webassembly.js";

    /// <summary>Resolves the folder from the options, the published copy or the build's record, in that order.</summary>
    public DesignerBundle(IOptions<DesignerOptions> options, IHostEnvironment environment, ILogger<DesignerBundle> logger)
    {
        var configured = options.Value.BundlePath;
        IEnumerable<string?> candidates = string.IsNullOrWhiteSpace(configured)
            ? [Path.Combine(AppContext.BaseDirectory, PublishedFolder), RecordedPath()]
            : [Path.GetFullPath(configured, environment.ContentRootPath)];
        Directory = candidates.FirstOrDefault(c => c is not null && File.Exists(Path.Combine(c, Marker)));
        if (Directory is null)
        {
            logger.LogWarning("The designer bundle was not found ({Candidates}); /designer answers 503. Build the host with npm available, or set Designer:BundlePath",
                string.Join(", ", candidates.Where(c => c is not null)));
            return;
        }
        Files = new PhysicalFileProvider(Directory);
        logger.LogDebug("Serving the designer bundle from {BundleDirectory}", Directory);
    }

    /// <summary>The bundle's folder; null when none was found.</summary>
    public string? Directory { get; }

    /// <summary>The bundle's files; null when none was found.</summary>
    public IFileProvider? Files { get; }

    /// <summary>The install folder the build recorded in this assembly, if any.</summary>
    public static string? RecordedPath() =>
        typeof(DesignerBundle).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == RecordedPathKey)?.Value is { Length: > 0 } path
            ? path
            : null;
}
