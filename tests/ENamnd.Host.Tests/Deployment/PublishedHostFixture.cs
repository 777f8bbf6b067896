using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Deployment;

/// <summary>
/// Runs the README's two publish commands once: the self-contained folder, then the container image on the stand-in
/// base image. Both build into a folder of their own (<c>--artifacts-path</c>), so the repository's build output, which
/// other tests run, is never rebuilt under them.
/// </summary>
public sealed class PublishedHostFixture : IAsyncLifetime
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(15);
    private readonly string workspace = Directory.CreateTempSubdirectory("enamnd-publish-").FullName;

    /// <summary>The published folder.</summary>
    public string Folder => Path.Combine(workspace, "enamnd");

    /// <summary>The published program in <see cref="Folder"/>.</summary>
    public string Program => Path.Combine(Folder, "ENamnd.Host");

    /// <summary>The container image the README's command built.</summary>
    public string ImageArchive => Path.Combine(workspace, "enamnd-image.tar");

    public async Task InitializeAsync()
    {
        var artifacts = Path.Combine(workspace, "build");
        await PublishAsync([.. DeploymentGuide.WithOption(DeploymentGuide.FolderCommand, "-o", Folder), "--artifacts-path", artifacts]);

        await using var registry = new StandInRegistry();
        var container = DeploymentGuide.WithOption(DeploymentGuide.ContainerCommand, "-p:ContainerArchiveOutputPath", ImageArchive);
        await PublishAsync([.. container, "--artifacts-path", artifacts, $"-p:ContainerBaseImage={registry.BaseImage}"],
            new Dictionary<string, string?> { ["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = registry.Host });
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(workspace, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temporary directory's cleaning.
        }
        return Task.CompletedTask;
    }

    private static async Task PublishAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var result = await ExternalCommand.RunAsync(HostAssembly.DotnetExecutable(), ["publish", .. arguments],
            workingDirectory: DeploymentGuide.Root, environment: environment, timeout: PublishTimeout);
        Assert.True(result.ExitCode == 0, $"dotnet publish {string.Join(' ', arguments)} failed ({result.ExitCode}):\n{result.Output}");
    }
}
