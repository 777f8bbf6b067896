using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Browser;
using ENamnd.Host.Tests.Designer.Api;
using ENamnd.Host.Tests.Designer.Process;
using ENamnd.TestSupport;
using ENamnd.Workflows.Process;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>
/// The Elsa Studio designer, unmodified, in headless Chromium against the real host and its <c>/elsa/api</c>, on the
/// process workflows the host installs from code (the main process and its six subprocesses).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class DesignerBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
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
    public async Task Should_ListMainProcessAndSubprocesses_With_CookieOnApiCalls_When_CoordinatorLoggedIn()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ListMainProcessAndSubprocesses_With_CookieOnApiCalls_When_CoordinatorLoggedIn), async () =>
        {
            await session.LogInAsync("/designer");

            // The list is paged (there are more workflows than the process's), so each is looked up with the list's search box.
            var list = session.Page.Locator("elsa-workflow-definition-list");
            await Assertions.Expect(list.Locator("tr").Filter(new() { HasText = ProcessIds.MainProcess }).First).ToBeVisibleAsync(Visible);
            var search = list.Locator("input[type=text]").First;
            foreach (var (definitionId, name) in ProcessCase.Definitions)
            {
                await search.FillAsync(name);
                var row = list.Locator("tr").Filter(new() { HasText = definitionId });
                await Assertions.Expect(row.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync(Visible);
            }
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
    public async Task Should_OpenMainProcessInOurEditorPage_When_ClickedInList()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_OpenMainProcessInOurEditorPage_When_ClickedInList), async () =>
        {
            await session.LogInAsync("/designer");
            var page = session.Page;

            await page.Locator("elsa-workflow-definition-list tr").Filter(new() { HasText = ProcessIds.MainProcess })
                .GetByText(ProcessIds.MainProcess, new() { Exact = true }).First.ClickAsync();

            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/designer/definitions/{ProcessIds.MainProcess}");
            await Assertions.Expect(CanvasNode(page, SubprocessLabel)).ToBeVisibleAsync(Visible);
        });
    }

    [Fact]
    public async Task Should_ShowMainProcessAndOurToolboxGroups_When_EditorOpened()
    {
        var mainProcess = await fixture.GetAsync($"/workflow-definitions/by-definition-id/{ProcessIds.MainProcess}?versionOptions=Latest");
        var activityCount = ElsaJson.ActivitiesOf(mainProcess).Count;
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowMainProcessAndOurToolboxGroups_When_EditorOpened), async () =>
        {
            await session.LogInAsync($"/designer/definitions/{ProcessIds.MainProcess}");
            var page = session.Page;

            // Every step of the main process is drawn, among them one subprocess node per phase.
            await Assertions.Expect(CanvasNode(page, SubprocessLabel)).ToBeVisibleAsync(Visible);
            await Assertions.Expect(CanvasNodes(page)).ToHaveCountAsync(activityCount);
            await Assertions.Expect(CanvasNodes(page).Filter(new() { HasText = SubprocessLabel })).ToHaveCountAsync(ProcessIds.Phases.Count);
            // The whole process, as the coordinator sees it after "zoom to fit".
            await ZoomToFitButton(page).ClickAsync();
            await page.WaitForTimeoutAsync(500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestArtifacts.Screenshots, "editor-huvudprocess.png") });

            foreach (var (label, displayNames) in ToolboxGroups)
            {
                var header = ToolboxGroupHeader(page, label);
                await Assertions.Expect(header).ToHaveCountAsync(1, new() { Timeout = 10_000 });
                await header.ClickAsync();
                var panel = page.Locator(".mud-expand-panel").Filter(new() { Has = header });
                foreach (var displayName in displayNames)
                {
                    await Assertions.Expect(ToolboxItem(panel, displayName)).ToBeInViewportAsync(new() { Timeout = 10_000 });
                }
            }
            // No group is labelled by a bare "E-nämnd", as a category like "E-nämnd/Beslut" would be.
            await Assertions.Expect(ToolboxGroupHeader(page, "E-nämnd")).ToHaveCountAsync(0);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
            // Opening the editor saves nothing: the code version stays the latest.
            Assert.DoesNotContain(session.ApiCalls, call => call.Method == "POST" && call.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Should_DrawMainProcess_And_ReportLoadTimes_When_EditorOpenedOnColdAndWarmCache()
    {
        var mainProcess = await fixture.GetAsync($"/workflow-definitions/by-definition-id/{ProcessIds.MainProcess}?versionOptions=Latest");
        var activityCount = ElsaJson.ActivitiesOf(mainProcess).Count;
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_DrawMainProcess_And_ReportLoadTimes_When_EditorOpenedOnColdAndWarmCache), async () =>
        {
            // Signed in on the coordinator's start page, so that the timing holds the designer alone: a new browser
            // context has an empty cache, and the first visit loads the whole Studio bundle.
            await session.LogInAsync("/");
            var page = session.Page;
            var editor = session.Url($"/designer/definitions/{ProcessIds.MainProcess}");

            var cold = await TimeUntilDrawnAsync(page, editor, activityCount);
            var warm = await TimeUntilDrawnAsync(page, editor, activityCount);

            var report = $"Designer, main process ({activityCount} steps) drawn: cold cache {cold.Drawn.TotalSeconds:0.00} s, warm cache {warm.Drawn.TotalSeconds:0.00} s" +
                $"{Environment.NewLine}cold: {cold.Phases}{Environment.NewLine}warm: {warm.Phases}";
            output.WriteLine(report);
            await File.WriteAllTextAsync(Path.Combine(TestArtifacts.Timings, "designer-main-process.txt"), report + Environment.NewLine);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });
    }

    // From navigation to every step of the definition drawn on the canvas, with where the time went: until the .NET
    // runtime's files were in, until the Studio's first call to our API (the runtime and the Studio started) and until
    // the last API answer (the rest is the Studio building and drawing the graph).
    private static async Task<(TimeSpan Drawn, string Phases)> TimeUntilDrawnAsync(IPage page, string url, int activityCount)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(url);
        await Assertions.Expect(CanvasNodes(page)).ToHaveCountAsync(activityCount, new() { Timeout = (float)BrowserSession.StartUp.TotalMilliseconds });
        var drawn = clock.Elapsed;
        var phases = await page.EvaluateAsync<string>("""
            (() => {
              const entries = performance.getEntriesByType('resource'), s = ms => (ms / 1000).toFixed(2) + ' s';
              const runtime = entries.filter(e => e.name.includes('/_framework/')), api = entries.filter(e => e.name.includes('/elsa/api/'));
              return `runtime files in at ${s(Math.max(...runtime.map(e => e.responseEnd)))}, first API call at ${s(api[0].startTime)}, `
                + `last API answer at ${s(Math.max(...api.map(e => e.responseEnd)))} (${api.length} calls, ${s(api.reduce((t, e) => t + e.duration, 0))} in all)`;
            })()
            """);
        return (drawn, phases);
    }

    [Fact]
    public async Task Should_RunNewCasesOnNewVersion_And_KeepCodeVersion_When_SubprocessInputChangedAndPublishedInEditor()
    {
        const string definitionId = ProcessIds.Qualification, approvalId = "StartaForstudie", newInterval = "2.00:00:00";
        var codeVersion = await fixture.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");
        Assert.Equal(1, (int)codeVersion["version"]!);
        Assert.Equal("3.00:00:00", ReminderInterval(codeVersion, approvalId));
        const string caseBefore = "2022/4-2.2.0.1", caseAfter = "2022/5-2.2.0.1", caseAfterRestart = "2022/6-2.2.0.1";
        var before = await fixture.StartCaseAsync("E-arkiv", caseBefore);
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_RunNewCasesOnNewVersion_And_KeepCodeVersion_When_SubprocessInputChangedAndPublishedInEditor), async () =>
        {
            await session.LogInAsync($"/designer/definitions/{definitionId}");
            var page = session.Page;

            // The designer centres the graph at 100 %; fitting it brings every step into view.
            await Assertions.Expect(CanvasNode(page, "Utför uppgift")).ToBeVisibleAsync(Visible);
            await ZoomToFitButton(page).ClickAsync();
            // The phase's only approval: the preparation group's decision to start the pre-study.
            await CanvasNode(page, "Begär godkännande").ClickAsync();
            var interval = InputField(page, "Påminnelseintervall");
            await Assertions.Expect(interval).ToHaveValueAsync("3.00:00:00");
            // The edit is auto-saved as a draft (version 2) first; publishing then publishes that draft. Publishing
            // before the auto-save would let the auto-save start yet another draft after the published version.
            var saved = SaveResponseAsync(page, publish: false);
            await interval.FillAsync(newInterval);
            await interval.PressAsync("Tab");
            Assert.Equal(200, (await saved).Status);
            var published = SaveResponseAsync(page, publish: true);
            await PublishButton(page).ClickAsync();
            Assert.Equal(200, (await published).Status);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });

        await AssertEditPublishedOverCodeVersionAsync(definitionId, codeVersion, approvalId, newInterval);
        var after = await fixture.StartCaseAsync("Digital brevlåda", caseAfter);
        // Each case pins the subprocess versions published when it started, and its first phase runs the pinned one.
        Assert.Equal(1, (int)(await fixture.PinnedVersionsAsync(before))[definitionId]!);
        Assert.Equal(2, (int)(await fixture.PinnedVersionsAsync(after))[definitionId]!);
        Assert.Equal(1, (int)(await fixture.PinnedVersionsAsync(after))[ProcessIds.PreStudy]!);
        Assert.Equal(1, (int)(await fixture.CaseInstanceAsync(definitionId, caseBefore))["version"]!);
        Assert.Equal(2, (int)(await fixture.CaseInstanceAsync(definitionId, caseAfter))["version"]!);

        // A restart installs no second version 1 and keeps the edit as the published version.
        await fixture.RestartHostAsync();
        await AssertEditPublishedOverCodeVersionAsync(definitionId, codeVersion, approvalId, newInterval);
        var afterRestart = await fixture.StartCaseAsync("Chattbot", caseAfterRestart);
        Assert.Equal(2, (int)(await fixture.PinnedVersionsAsync(afterRestart))[definitionId]!);
        Assert.Equal(2, (int)(await fixture.CaseInstanceAsync(definitionId, caseAfterRestart))["version"]!);
    }

    // Version 2 carries the edit and is the published, latest one; version 1 is stored as the code declared it.
    private async Task AssertEditPublishedOverCodeVersionAsync(string definitionId, JsonObject codeVersion, string approvalId, string newInterval)
    {
        var versions = await fixture.VersionsAsync(definitionId);
        Assert.Equal([(2, true, true), (1, false, false)], versions.Select(v => ((int)v["version"]!, (bool)v["isPublished"]!, (bool)v["isLatest"]!)));
        var edited = await fixture.GetAsync($"/workflow-definitions/by-definition-id/{definitionId}?versionOptions=Published");
        Assert.Equal(2, (int)edited["version"]!);
        Assert.Equal(newInterval, ReminderInterval(edited, approvalId));
        var stored = await fixture.GetAsync($"/workflow-definitions/by-id/{codeVersion["id"]}");
        Assert.True(JsonNode.DeepEquals(codeVersion["root"], stored["root"]), "The code version's graph changed.");
    }

    private static Task<IResponse> SaveResponseAsync(IPage page, bool publish) => page.WaitForResponseAsync(
        r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-definitions", StringComparison.Ordinal)
            && r.Request.PostData?.Contains($"\"publish\":{(publish ? "true" : "false")}", StringComparison.Ordinal) == true,
        new() { Timeout = 60_000 });

    private static string? ReminderInterval(JsonObject definition, string activityId) =>
        (string?)ElsaJson.ActivitiesOf(definition).FirstOrDefault(a => (string?)a?["id"] == activityId)?["reminderInterval"]?["expression"]?["value"];

    [Fact]
    public async Task Should_ShowCaseOnCanvas_When_InstanceViewerOpened()
    {
        var instanceId = ProcessCase.InstanceIdOf(await fixture.StartCaseAsync("Digital signering", "2022/3-2.2.0.1"));
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowCaseOnCanvas_When_InstanceViewerOpened), async () =>
        {
            await session.LogInAsync($"/designer/instances/{instanceId}");
            var page = session.Page;

            await Assertions.Expect(CanvasNode(page, SubprocessLabel)).ToBeVisibleAsync(Visible);
            await Assertions.Expect(CanvasNodes(page).Filter(new() { HasText = SubprocessLabel })).ToHaveCountAsync(ProcessIds.Phases.Count);
            await Assertions.Expect(page.Locator("elsa-workflow-instance-viewer").GetByText(instanceId).First).ToBeVisibleAsync(Visible);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
            Assert.All(session.ApiCalls, call => Assert.InRange(call.Status, 200, 299));
        });
    }

    /// <summary>Our toolbox groups, each with the custom activities it must hold.</summary>
    private static readonly (string Label, string[] DisplayNames)[] ToolboxGroups =
    [
        ("E-nämnd beslut", ["Begär godkännande", "Inhämta kommunbeslut", "Inhämta garantiåtaganden", "Invänta nämndbeslut"]),
        ("E-nämnd uppgifter", ["Utför uppgift"]),
        ("E-nämnd kommunikation", ["Skicka e-post"]),
        ("E-nämnd avtal", ["Registrera avtal", "Förslag till beslut vid avtalsslut", "För in beslut vid avtalsslut"]),
        ("E-nämnd uppföljning", ["Begär måluppföljning"]),
    ];

    // The label of an Elsa.ExecuteWorkflow node: how the main process runs each phase.
    private const string SubprocessLabel = "Kör arbetsflöde";

    private static LocatorAssertionsToBeVisibleOptions Visible => new() { Timeout = (float)BrowserSession.StartUp.TotalMilliseconds };

    // The Studio draws each activity as an X6 node holding an <elsa-activity-wrapper>.
    private static ILocator CanvasNodes(IPage page) => page.Locator(".x6-node elsa-activity-wrapper");

    private static ILocator CanvasNode(IPage page, string text) => CanvasNodes(page).Filter(new() { HasText = text }).First;

    // A toolbox group's header whose whole text is the label.
    private static ILocator ToolboxGroupHeader(IPage page, string label) =>
        page.Locator(".mud-expand-panel-header").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(label)}\\s*$") });

    // MudBlazor's labels point at another id than their inputs, so an input is found through its field's label text.
    private static ILocator InputField(IPage page, string label) =>
        page.Locator($".mud-input-control:has(label.mud-input-label:text-is(\"{label}\")) input").First;

    // The toolbar's publish button is an icon button (a cloud with an arrow) without text or label.
    private static ILocator PublishButton(IPage page) =>
        page.Locator("button:visible").Filter(new() { Has = page.Locator("path[d^='M19.35 10.04']") }).First;

    // The toolbar's first button, "Zoom to fit" (a frame around a rectangle), is an icon button without text or label.
    private static ILocator ZoomToFitButton(IPage page) =>
        page.Locator("button:visible").Filter(new() { Has = page.Locator("path[d^='M6,16h12V8H6V16z']") }).First;

    private static ILocator ToolboxItem(ILocator panel, string displayName) =>
        panel.Locator("[draggable=true]").Filter(new() { HasText = displayName }).First;
}
