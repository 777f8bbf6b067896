using ENamnd.Designer.Hosting;

namespace ENamnd.Designer.Tests.Hosting;

public class DesignerContentTypesTests
{
    // Served as bytes on purpose: Blazor fetches these itself.
    private static readonly string[] Binary = [".dat", ".dll", ".pdb", ".blat", ".webcil"];

    [Fact]
    public void Should_NameMediaType_When_AnyBundleFileServed()
    {
        var bundle = DesignerBundle.RecordedPath() ?? throw new InvalidOperationException("The build recorded no designer bundle.");
        var files = Directory.EnumerateFiles(bundle, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".br", StringComparison.Ordinal) && !f.EndsWith(".gz", StringComparison.Ordinal))
            .ToList();

        var unnamed = files
            .Where(f => !Binary.Contains(Path.GetExtension(f)) && DesignerContentTypes.Of(f) == "application/octet-stream")
            .Select(f => Path.GetRelativePath(bundle, f))
            .ToList();

        Assert.NotEmpty(files);
        Assert.Empty(unnamed);
    }

    [Theory]
    [InlineData("a.wasm", "application/wasm")]
    [InlineData("a.dll", "application/octet-stream")]
    [InlineData("a.pdb", "application/octet-stream")]
    [InlineData("a.blat", "application/octet-stream")]
    [InlineData("icudt.dat", "application/octet-stream")]
    [InlineData("a.js", "text/javascript")]
    [InlineData("a.js.map", "application/json")]
    [InlineData("site.webmanifest", "application/manifest+json")]
    public void Should_UseBlazorMediaType_When_ExtensionKnown(string path, string mediaType)
    {
        Assert.Equal(mediaType, DesignerContentTypes.Of(path));
    }
}
