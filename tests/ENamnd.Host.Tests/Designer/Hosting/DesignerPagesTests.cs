using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ENamnd.Host.Tests.Designer.Hosting;

public class DesignerPagesTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("/designer")]
    [InlineData("/designer/instances")]
    [InlineData("/designer/definitions/finns-inte")]
    [InlineData("/designer/instances/finns-inte")]
    public async Task Should_RedirectToLogin_When_AnonymousBrowserOpensPage(string path)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Should_Answer401_When_AnonymousClientFetchesBundleFile()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/designer/_framework/blazor.webassembly.js");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Should_MountDefinitionList_With_BaseHrefAndAbsoluteRemoteEndpoint_When_CoordinatorOpensDesigner()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync("/designer");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Arbetsflöden – ENamnd</title>", html);
        Assert.Contains("<base href=\"/designer/\">", html);
        Assert.Contains("<elsa-workflow-definition-list remote-endpoint=\"http://localhost/elsa/api\"></elsa-workflow-definition-list>", html);
        Assert.Contains("<script src=\"_framework/blazor.webassembly.js\"></script>", html);
        Assert.Contains(">Arbetsflöden</a>", html);
        Assert.Contains(">Instanser</a>", html);
        Assert.Contains("<form method=\"post\" action=\"/logout\"><button type=\"submit\">Logga ut</button></form>", html);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Should_LeadBackToTheApp_With_TheAppsMainMenu_When_CoordinatorOpensDesigner()
    {
        using var client = factory.CreateCoordinatorClient();

        var html = await client.GetStringAsync("/designer/instances");

        var menu = html[html.IndexOf("<nav aria-label=\"Huvudmeny\">", StringComparison.Ordinal)..];
        menu = menu[..(menu.IndexOf("</nav>", StringComparison.Ordinal) + 6)];
        Assert.Equal(
            "<nav aria-label=\"Huvudmeny\"><a href=\"/\">Översikt</a><a href=\"/arenden\">Ärenden</a><a href=\"/sammantraden\">Sammanträden</a>" +
            "<a href=\"/avtal\">Avtal</a><a href=\"/mal\">Mål och uppföljning</a><a href=\"/personer\">Personer</a><a href=\"/kommuner\">Kommuner</a>" +
            "<a href=\"/kalenderprenumeration\">Kalenderprenumeration</a>" +
            "<a href=\"/designer\" aria-current=\"page\">Arbetsflöden</a></nav>", menu);
    }

    [Fact]
    public async Task Should_LeaveOutCdnFontsAndCredentials_When_PageRendered()
    {
        using var client = factory.CreateCoordinatorClient();

        var html = await client.GetStringAsync("/designer");

        Assert.DoesNotContain("fonts.googleapis", html);
        Assert.DoesNotContain("fonts.gstatic", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("api-key", html);
        Assert.DoesNotContain(TestHostFactory.ApiKey, html);
    }

    [Fact]
    public async Task Should_MountEditor_When_DefinitionExists()
    {
        using var client = factory.CreateCoordinatorClient();
        await PublishAsync(client, "designer-sida");

        var html = await client.GetStringAsync("/designer/definitions/designer-sida");

        Assert.Contains("<elsa-workflow-definition-editor definition-id=\"designer-sida\" remote-endpoint=\"http://localhost/elsa/api\"></elsa-workflow-definition-editor>", html);
    }

    [Fact]
    public async Task Should_AnswerSwedish404Page_WithoutEditor_When_DefinitionIsUnknown()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync("/designer/definitions/finns-inte");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Arbetsflödet finns inte", html);
        Assert.Contains("&quot;finns-inte&quot;", html);
        Assert.DoesNotContain("<elsa-workflow-definition-editor", html);
        Assert.DoesNotContain("blazor.webassembly.js", html);
    }

    [Fact]
    public async Task Should_EncodeIdInPage_When_IdContainsMarkup()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync("/designer/definitions/%3Cscript%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Should_AnswerSwedish404Page_When_InstanceIsUnknown()
    {
        using var client = factory.CreateCoordinatorClient();

        var response = await client.GetAsync("/designer/instances/finns-inte");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Instansen finns inte", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_MountInstanceViewer_When_InstanceExists()
    {
        using var client = factory.CreateCoordinatorClient();
        await PublishAsync(client, "designer-instans");
        using var started = await client.PostAsJsonAsync("/api/instances", new { definitionId = "designer-instans" });
        var instanceId = (string)(await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        var html = await client.GetStringAsync($"/designer/instances/{instanceId}");

        Assert.Contains($"<elsa-workflow-instance-viewer instance-id=\"{instanceId}\" remote-endpoint=\"http://localhost/elsa/api\">", html);
    }

    [Fact]
    public async Task Should_MountInstanceList_When_InstancesOpened()
    {
        using var client = factory.CreateCoordinatorClient();

        var html = await client.GetStringAsync("/designer/instances");

        Assert.Contains("<elsa-workflow-instance-list remote-endpoint=\"http://localhost/elsa/api\"></elsa-workflow-instance-list>", html);
        Assert.Contains("<a href=\"/designer/instances\" aria-current=\"page\">Instanser</a>", html);
    }

    [Theory]
    [InlineData("/designer/workflows/definitions/abc/edit", "/designer/definitions/abc")]
    [InlineData("/designer/workflows/instances/i-1/view", "/designer/instances/i-1")]
    public async Task Should_RedirectToOurPage_When_StudioNavigatesToItsOwnRoute(string studioPath, string ourPath)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", TestHostFactory.ApiKey);

        var response = await client.GetAsync(studioPath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ourPath, response.Headers.Location?.OriginalString);
    }

    private static async Task PublishAsync(HttpClient client, string definitionId)
    {
        var definition = new JsonObject
        {
            ["definitionId"] = definitionId,
            ["name"] = "Designersida",
            ["root"] = new JsonObject
            {
                ["id"] = "flode", ["type"] = "Elsa.Flowchart", ["version"] = 1,
                ["activities"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Elsa.Start", ["version"] = 1 }),
                ["connections"] = new JsonArray(),
            },
        };
        using var response = await client.PostAsJsonAsync("/api/definitions", definition);
        response.EnsureSuccessStatusCode();
    }
}
