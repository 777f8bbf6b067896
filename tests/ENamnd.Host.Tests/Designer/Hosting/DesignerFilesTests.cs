using System.Net;
using System.Net.Http.Headers;

namespace ENamnd.Host.Tests.Designer.Hosting;

public class DesignerFilesTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("_framework/blazor.webassembly.js", "text/javascript")]
    [InlineData("_framework/dotnet.js", "text/javascript")]
    [InlineData("Elsa.Studio.Host.CustomElements.styles.css", "text/css")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("_content/Radzen.Blazor/fonts/RobotoFlex.woff2", "font/woff2")]
    [InlineData("appsettings.json", "application/json")]
    public async Task Should_ServeBundleFile_With_MediaType(string path, string mediaType)
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync($"/designer/{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 0);
    }

    [Fact]
    public async Task Should_ServeWebAssemblyAndIcuData_With_BlazorMediaTypes()
    {
        using var client = factory.CreateCoordinatorClient();
        var framework = Path.Combine(BundleDirectory(), "_framework");
        var wasm = Path.GetFileName(Directory.EnumerateFiles(framework, "Elsa.Api.Client.*.wasm").Single());
        var icu = Path.GetFileName(Directory.EnumerateFiles(framework, "icudt*.dat").First());

        var wasmResponse = await client.GetAsync($"/designer/_framework/{wasm}");
        var icuResponse = await client.GetAsync($"/designer/_framework/{icu}");

        Assert.Equal("application/wasm", wasmResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/octet-stream", icuResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_CacheFingerprintedFrameworkFileForAYear_When_Served()
    {
        using var client = factory.CreateCoordinatorClient();
        var wasm = Path.GetFileName(Directory.EnumerateFiles(Path.Combine(BundleDirectory(), "_framework"), "Elsa.Api.Client.*.wasm").Single());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/designer/_framework/{wasm}");
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
    }

    [Theory]
    [InlineData("_framework/dotnet.js")]
    [InlineData("_framework/blazor.webassembly.js")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css")]
    [InlineData("appsettings.json")]
    public async Task Should_RevalidateFile_When_ItsNameIsNotFingerprinted(string path)
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync($"/designer/{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.NoCache);
        Assert.True(cache.Private);
        Assert.Null(cache.MaxAge);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Should_ServeBrotliVariant_When_ClientAcceptsIt()
    {
        using var client = factory.CreateCoordinatorClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/designer/_framework/blazor.webassembly.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        var plainLength = new FileInfo(Path.Combine(BundleDirectory(), "_framework", "blazor.webassembly.js")).Length;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(response.Content.Headers.ContentLength < plainLength);
    }

    [Fact]
    public async Task Should_ServePlainFile_When_ClientAcceptsNoEncoding()
    {
        using var client = factory.CreateCoordinatorClient();
        var plainLength = new FileInfo(Path.Combine(BundleDirectory(), "_framework", "blazor.webassembly.js")).Length;

        var response = await client.GetAsync("/designer/_framework/blazor.webassembly.js");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(plainLength, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Should_Answer304_When_ETagStillMatches()
    {
        using var client = factory.CreateCoordinatorClient();
        var first = await client.GetAsync("/designer/Elsa.Studio.Host.CustomElements.styles.css");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/designer/Elsa.Studio.Host.CustomElements.styles.css");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(new CacheControlHeaderValue { Private = true, NoCache = true }, first.Headers.CacheControl);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("package.json")]
    [InlineData("_framework/finns-inte.wasm")]
    [InlineData("_framework")]
    [InlineData("..%2F..%2Fpackage-lock.json")]
    public async Task Should_Answer404_When_FileIsWithheldOrMissing(string path)
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync($"/designer/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Should_Answer503Page_When_BundleIsMissing()
    {
        using var host = new TestHostFactory();
        using var missing = host.WithWebHostBuilder(b => b.UseSetting("Designer:BundlePath", Path.Combine(host.DataDirectory, "finns-inte")));
        using var client = missing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", TestHostFactory.ApiKey);

        var page = await client.GetAsync("/designer");
        var file = await client.GetAsync("/designer/_framework/blazor.webassembly.js");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Designern är inte installerad", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, file.StatusCode);
    }

    private static string BundleDirectory() =>
        ENamnd.Designer.Hosting.DesignerBundle.RecordedPath() ?? throw new InvalidOperationException("The build recorded no designer bundle.");
}
