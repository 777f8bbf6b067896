using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>The Elsa Studio designer, unmodified, in headless Chromium against the real host and its <c>/elsa/api</c>.</summary>
[Collection(DesignerBrowserCollection.Name)]
public sealed class DesignerBrowserTests(DesignerBrowserFixture fixture, ITestOutputHelper output)
{
    private const string EmailCategory = "E-nämnd";
    private const string EmailDisplayName = "Skicka e-post";

    [Fact]
    public async Task Should_SendAnonymousBrowserToLogin_When_DesignerOpened()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_SendAnonymousBrowserToLogin_When_DesignerOpened), async () =>
        {
            await session.Page.GotoAsync(session.Url("/designer"));

            var url = new Uri(session.Page.Url);
            Assert.Equal("/login", url.AbsolutePath);
            Assert.Equal("?returnUrl=%2Fdesigner", url.Query);
            Assert.Equal(0, await session.Page.Locator("elsa-workflow-definition-list").CountAsync());
        });
    }

    [Fact]
    public async Task Should_ListDefinitions_With_CookieOnApiCalls_When_CoordinatorLoggedIn()
    {
        await fixture.PublishAsync(DesignerWorkflows.MainProcess("lista-huvudprocess", "Huvudprocess (lista)"));
        await fixture.PublishAsync(DesignerWorkflows.MainProcess("lista-granskning", "Granskning av ansökan"));
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ListDefinitions_With_CookieOnApiCalls_When_CoordinatorLoggedIn), async () =>
        {
            await session.LogInAsync("/designer");

            var list = session.Page.Locator("elsa-workflow-definition-list");
            await Assertions.Expect(list.GetByText("Huvudprocess (lista)")).ToBeVisibleAsync(Visible);
            await Assertions.Expect(list.GetByText("Granskning av ansökan")).ToBeVisibleAsync(Visible);
            Assert.Equal("Arbetsflöden – ENamnd", await session.Page.TitleAsync());
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
            // The page gives the Studio no key: its calls are authenticated by the same-origin sign-in cookie alone.
            var calls = session.ApiCalls;
            Assert.NotEmpty(calls);
            Assert.All(calls, call =>
            {
                Assert.True(call.HadCookie, $"{call.Method} {call.Url} was sent without the sign-in cookie.");
                Assert.False(call.HadAuthorization, $"{call.Method} {call.Url} carried an Authorization header.");
                Assert.InRange(call.Status, 200, 299);
            });
        });
    }

    [Fact]
    public async Task Should_OpenOurEditorPage_When_DefinitionClickedInList()
    {
        await fixture.PublishAsync(DesignerWorkflows.MainProcess("klicka-huvudprocess", "Huvudprocess (klick)"));
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_OpenOurEditorPage_When_DefinitionClickedInList), async () =>
        {
            await session.LogInAsync("/designer");
            var page = session.Page;

            await page.Locator("elsa-workflow-definition-list tr").Filter(new() { HasText = "klicka-huvudprocess" }).GetByText("klicka-huvudprocess").ClickAsync();

            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/designer/definitions/klicka-huvudprocess");
            await Assertions.Expect(CanvasNode(page, DesignerWorkflows.EmailName)).ToBeVisibleAsync(Visible);
        });
    }

    [Fact]
    public async Task Should_ShowWorkflowAndOurToolbox_When_EditorOpened()
    {
        const string definitionId = "redigera-huvudprocess";
        await fixture.PublishAsync(DesignerWorkflows.MainProcess(definitionId, "Huvudprocess"));
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowWorkflowAndOurToolbox_When_EditorOpened), async () =>
        {
            await session.LogInAsync($"/designer/definitions/{definitionId}");
            var page = session.Page;

            foreach (var name in DesignerWorkflows.ActivityNames)
            {
                await Assertions.Expect(CanvasNode(page, name)).ToBeVisibleAsync(Visible);
            }
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestArtifacts.Screenshots, "editor.png") });
            await ExpandToolboxGroupsAsync(page, EmailCategory);
            await Assertions.Expect(ToolboxItem(page, EmailDisplayName)).ToBeInViewportAsync(new() { Timeout = 10_000 });
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });
    }

    [Fact]
    public async Task Should_StartInstancesOnNewVersion_When_InputChangedAndPublishedInEditor()
    {
        const string definitionId = "publicera-huvudprocess";
        const string newSubject = "Vi har tagit emot din ansökan";
        Assert.Equal(1, await fixture.PublishAsync(DesignerWorkflows.MainProcess(definitionId, "Huvudprocess (publicering)")));
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_StartInstancesOnNewVersion_When_InputChangedAndPublishedInEditor), async () =>
        {
            await session.LogInAsync($"/designer/definitions/{definitionId}");
            var page = session.Page;

            await CanvasNode(page, DesignerWorkflows.EmailName).ClickAsync();
            var subject = InputField(page, "Ämne");
            await Assertions.Expect(subject).ToHaveValueAsync(DesignerWorkflows.Subject);
            await subject.FillAsync(newSubject);
            await subject.PressAsync("Tab");
            var published = page.WaitForResponseAsync(
                r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
                    && r.Request.PostData?.Contains("\"publish\":true", StringComparison.Ordinal) == true,
                new() { Timeout = 60_000 });
            await PublishButton(page).ClickAsync();
            Assert.Equal(200, (await published).Status);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");

            var definition = await fixture.Api.GetFromJsonAsync<JsonObject>(
                $"/elsa/api/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");
            Assert.Equal(2, (int)definition!["version"]!);
            Assert.Equal(newSubject, (string?)FindActivity(definition, DesignerWorkflows.EmailId)?["subject"]?["expression"]?["value"]);

            var instance = await fixture.StartAsync(definitionId);
            Assert.Equal(2, (int)instance["version"]!);
        });
    }

    [Fact]
    public async Task Should_ShowInstanceOnCanvas_When_InstanceViewerOpened()
    {
        const string definitionId = "visa-instans";
        await fixture.PublishAsync(DesignerWorkflows.MainProcess(definitionId, "Huvudprocess (instans)"));
        var instanceId = (string)(await fixture.StartAsync(definitionId))["id"]!;
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowInstanceOnCanvas_When_InstanceViewerOpened), async () =>
        {
            await session.LogInAsync($"/designer/instances/{instanceId}");
            var page = session.Page;

            foreach (var name in DesignerWorkflows.ActivityNames)
            {
                await Assertions.Expect(CanvasNode(page, name)).ToBeVisibleAsync(Visible);
            }
            await Assertions.Expect(page.Locator("elsa-workflow-instance-viewer").GetByText(instanceId).First).ToBeVisibleAsync(Visible);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });
    }

    private static LocatorAssertionsToBeVisibleOptions Visible => new() { Timeout = (float)DesignerSession.StartUp.TotalMilliseconds };

    // The Studio draws each activity as an X6 node holding an <elsa-activity-wrapper> that shows the activity's name.
    private static ILocator CanvasNode(IPage page, string activityName) =>
        page.Locator(".x6-node elsa-activity-wrapper").Filter(new() { HasText = activityName }).First;

    // The toolbox labels a group by its category's first segment ("E-nämnd/Kommunikation" → "E-nämnd"), so several
    // groups may share a label; all of them are opened.
    private static async Task ExpandToolboxGroupsAsync(IPage page, string label)
    {
        var headers = page.Locator(".mud-expand-panel-header").Filter(new() { HasText = label });
        await Assertions.Expect(headers.First).ToBeVisibleAsync(Visible);
        foreach (var header in await headers.AllAsync()) await header.ClickAsync();
    }

    // MudBlazor's labels point at another id than their inputs, so an input is found through its field's label text.
    private static ILocator InputField(IPage page, string label) =>
        page.Locator($".mud-input-control:has(label.mud-input-label:text-is(\"{label}\")) input").First;

    private static ILocator ToolboxItem(IPage page, string displayName) =>
        page.Locator("[draggable=true]").Filter(new() { HasText = displayName }).First;

    // The toolbar's publish button is an icon button (a cloud with an arrow) without text or label.
    private static ILocator PublishButton(IPage page) =>
        page.Locator("button:visible").Filter(new() { Has = page.Locator("path[d^='M19.35 10.04']") }).First;

    private static JsonNode? FindActivity(JsonObject definition, string activityId) =>
        definition["root"]?["activities"]?.AsArray().FirstOrDefault(a => (string?)a?["id"] == activityId);
}
