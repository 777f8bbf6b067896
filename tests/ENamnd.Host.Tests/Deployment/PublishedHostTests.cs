using System.Net;
using ENamnd.TestSupport;
using ENamnd.TestSupport.Hosting;

namespace ENamnd.Host.Tests.Deployment;

/// <summary>The README's deployment: the published folder, the systemd unit and the container image work as it says.</summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class PublishedHostTests(PublishedHostFixture published) : IClassFixture<PublishedHostFixture>
{
    private const string DesignerStyles = "Elsa.Studio.Host.CustomElements.styles.css";

    [Fact]
    public async Task Should_ServeTheAppFromItsOwnFolder_When_PublishedFolderStartsOnTheEmbeddedDefault()
    {
        // A mark in the published copy of a designer file shows the host serves its own folder, not the build's npm install.
        var mark = $"/* published {Guid.NewGuid():N} */";
        await File.AppendAllTextAsync(Path.Combine(published.Folder, "designer", DesignerStyles), mark);
        await using var host = new HostProcess(new HostProcessOptions { AssemblyPath = published.Program });

        await host.StartAsync();

        var key = (await File.ReadAllTextAsync(Path.Combine(host.WorkingDirectory, "data", "coordinator-api-key"))).Trim();
        using var coordinator = host.CreateClient(key);
        using var anonymous = host.CreateClient(null);
        Assert.Contains("Logga in", await anonymous.GetStringAsync("/login"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/cases")).StatusCode);
        Assert.EndsWith(mark, await coordinator.GetStringAsync($"/designer/{DesignerStyles}"));
        Assert.Equal(0, await host.StopAsync());
        Assert.DoesNotContain("[ERR]", host.Output);
    }

    [Fact]
    public async Task Should_PassSystemdVerify_When_TheUnitRunsThePublishedFolder()
    {
        if (!File.Exists("/usr/bin/systemd-analyze")) Assert.Fail("systemd-analyze is not installed (Debian package systemd).");
        var unit = await File.ReadAllTextAsync(DeploymentGuide.SystemdUnitPath);
        Assert.Contains("ExecStart=/opt/enamnd/ENamnd.Host", unit);
        var check = Directory.CreateTempSubdirectory("enamnd-unit-").FullName;
        try
        {
            var copy = Path.Combine(check, "enamnd.service");
            await File.WriteAllTextAsync(copy, unit.Replace("/opt/enamnd", published.Folder, StringComparison.Ordinal));

            var result = await ExternalCommand.RunAsync("/usr/bin/systemd-analyze", ["verify", copy]);

            // systemd-analyze verify exits 0 on unknown keys too; its output names every problem.
            Assert.True(result.ExitCode == 0 && !result.Output.Contains("enamnd.service", StringComparison.Ordinal), result.Output);
        }
        finally
        {
            Directory.Delete(check, recursive: true);
        }
    }

    [Fact]
    public async Task Should_RunAsNonRootOnPort8080WithItsData_When_TheImageIsBuiltWithTheReadmeCommand()
    {
        var image = OciArchive.Read(published.ImageArchive);

        Assert.Equal(StandInRegistry.AppUid, (string?)image.Configuration["User"]);
        Assert.Equal(["/app/ENamnd.Host"], image.Configuration["Entrypoint"]!.AsArray().Select(e => (string)e!));
        Assert.Equal("/app/", (string?)image.Configuration["WorkingDir"]);
        Assert.True(image.Configuration["ExposedPorts"]!.AsObject().ContainsKey("8080/tcp"));
        Assert.Equal("http://+:8080", image.Environment["Urls"]);
        Assert.Equal("/home/app/data", image.Environment["Storage__DataDirectory"]);
        var (baseLayer, appLayer) = (image.LayerDigests[0], image.LayerDigests[^1]);
        Assert.Contains(StandInRegistry.BaseMarker, image.Paths(baseLayer));
        var files = image.Paths(appLayer);
        Assert.Contains("app/ENamnd.Host", files);
        Assert.Contains("app/appsettings.json", files);
        Assert.Contains($"app/designer/{DesignerStyles}", files);

        // The image's own program, started with the image's settings as far as this machine allows: its port and
        // data directory are free ones here.
        var root = Directory.CreateTempSubdirectory("enamnd-image-").FullName;
        try
        {
            image.Extract(appLayer, root);
            var options = new HostProcessOptions { AssemblyPath = Path.Combine(root, "app", "ENamnd.Host") };
            foreach (var (name, value) in image.Environment.Where(e => e.Key is not ("PATH" or "Urls" or "Storage__DataDirectory")))
                options.Environment[name] = value;
            await using var host = new HostProcess(options);
            await host.StartAsync();
            Assert.Contains("Logga in", await host.CreateClient(null).GetStringAsync("/login"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
