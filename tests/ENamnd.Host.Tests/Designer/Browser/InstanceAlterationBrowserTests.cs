using System.Text.Json.Nodes;
using ENamnd.Host.Tests.Browser;
using ENamnd.Host.Tests.Designer.Api.Alterations;
using ENamnd.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Designer.Browser;

/// <summary>
/// Alterations from the designer in headless Chromium. Retry: the Studio's instance list shows an instance faulted, its
/// viewer page offers "Försök igen" (the Studio 3.8.2 has no retry control of its own), which calls Elsa's retry route,
/// and the instance then runs on from the failed activity to its end. Bulk cancel of "all matches": the Studio's own
/// alteration call, a plan submitted to <c>/alterations/submit</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class InstanceAlterationBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_FinishFaultedInstance_When_RetryClickedAfterFix()
    {
        var scenario = new AlterationScenario(fixture.Designer);
        var name = $"Ostadig {Guid.NewGuid():N}"[..20];
        var instanceId = await scenario.StartAsync(await scenario.PublishFlakyAsync(name));
        Assert.Equal(("Finished", "Faulted"), await scenario.StatusAsync(instanceId));
        // The coordinator puts the cause right (here: the variable the failing step checks) before retrying.
        await fixture.Designer.PostObjectAsync("/alterations/run", new JsonObject
        {
            ["alterations"] = new JsonArray(new JsonObject { ["type"] = "ModifyVariable", ["variableId"] = "Klar", ["value"] = true }),
            ["workflowInstanceIds"] = new JsonArray(instanceId),
        });
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_FinishFaultedInstance_When_RetryClickedAfterFix), async () =>
        {
            await session.LogInAsync("/designer/instances");
            var page = session.Page;

            // The Studio's list, searched for the workflow: its row shows the instance faulted.
            var row = await FindRowAsync(page, name, instanceId);
            await Assertions.Expect(row.GetByText("Faulted", new() { Exact = true })).ToBeVisibleAsync(Visible);
            await row.GetByText(instanceId).First.ClickAsync();

            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/designer/instances/{instanceId}");
            var notice = page.Locator(".enamnd-fault");
            await Assertions.Expect(notice.GetByRole(AriaRole.Heading, new() { Name = "Instansen stoppades av ett fel" })).ToBeVisibleAsync(Visible);
            await Assertions.Expect(notice).ToContainTextAsync(AlterationScenario.FaultMessage);
            Assert.Empty(await Accessibility.ViolationsAsync(notice, "instansvyn med fel"));
            var retried = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/alterations/workflows/retry", StringComparison.Ordinal));
            await notice.GetByRole(AriaRole.Button, new() { Name = "Försök igen" }).ClickAsync();
            Assert.Equal(200, (await retried).Status);

            // The page loads again without the notice, and the list shows the instance finished.
            await Assertions.Expect(page.Locator(".enamnd-fault")).ToHaveCountAsync(0, new() { Timeout = 30_000 });
            Assert.Equal(("Finished", "Finished"), await scenario.StatusAsync(instanceId));
            await page.GotoAsync(session.Url("/designer/instances"));
            var finished = await FindRowAsync(page, name, instanceId);
            await Assertions.Expect(finished.GetByText("Finished", new() { Exact = true })).ToBeVisibleAsync(Visible);
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });
        var journal = await fixture.GetAsync($"/workflow-instances/{instanceId}/journal");
        // The step before the failed one ran once; the failed one twice (the fault, then the retry).
        Assert.Single(journal["items"]!.AsArray(), e => (string?)e!["activityId"] == "first" && (string?)e["eventName"] == "Started");
        Assert.Equal(2, journal["items"]!.AsArray().Count(e => (string?)e!["activityId"] == "flaky" && (string?)e["eventName"] == "Started"));
    }

    [Fact]
    public async Task Should_CancelEveryMatchThroughSubmittedPlan_When_StudioBulkCancelAppliesToAllMatches()
    {
        var scenario = new AlterationScenario(fixture.Designer);
        var name = $"Avbryt {Guid.NewGuid():N}"[..19];
        var definitionId = await scenario.PublishFlakyAsync(name);
        string[] instanceIds = [await scenario.StartAsync(definitionId), await scenario.StartAsync(definitionId)];
        JsonObject? submitted = null;
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_CancelEveryMatchThroughSubmittedPlan_When_StudioBulkCancelAppliesToAllMatches), async () =>
        {
            await session.LogInAsync("/designer/instances");
            var page = session.Page;

            // One of the two rows the search finds is selected; "Apply to all matches" widens the cancel to the search's matches.
            var row = await FindRowAsync(page, name, instanceIds[0]);
            await row.Locator(".mud-checkbox").First.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Bulk actions" }).ClickAsync();
            await page.Locator(".mud-popover-open .mud-menu-item").Filter(new() { HasText = "Cancel" }).First.ClickAsync();
            var dialog = page.Locator(".mud-dialog");
            await dialog.GetByText("Apply to all matches").ClickAsync();
            var submit = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/alterations/submit", StringComparison.Ordinal));
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Yes" }).ClickAsync();
            var response = await submit;
            Assert.Equal(200, response.Status);
            submitted = JsonNode.Parse(response.Request.PostData!)!.AsObject();
            submitted["planId"] = (string?)JsonNode.Parse(await response.TextAsync())!["planId"];
            Assert.False(await session.ErrorBannerVisibleAsync(), "Blazor's error banner is showing.");
        });

        // The Studio's request: one Cancel, a filter that selects all matches of the search.
        Assert.Equal("Cancel", (string?)submitted!["alterations"]![0]!["type"]);
        Assert.True((bool)submitted["filter"]!["emptyFilterSelectsAll"]!);
        Assert.Equal(name, (string?)submitted["filter"]!["searchTerm"]);
        var plan = await scenario.CompletedPlanAsync((string)submitted["planId"]!);
        Assert.Equal("Completed", (string?)plan["plan"]!["status"]);
        Assert.Equal(instanceIds.Order(), plan["jobs"]!.AsArray().Select(j => (string)j!["workflowInstanceId"]!).Order());
        foreach (var id in instanceIds) Assert.Equal(("Finished", "Cancelled"), await scenario.StatusAsync(id));
    }

    // The list is paged and holds the process cases too, so the row is found through the list's search box.
    private static async Task<ILocator> FindRowAsync(IPage page, string name, string instanceId)
    {
        var list = page.Locator("elsa-workflow-instance-list");
        var search = list.Locator("input[type=text]").First;
        await Assertions.Expect(search).ToBeVisibleAsync(Visible);
        // The new instances are on the unsearched first page too: the search counts once the Studio has asked for it.
        var searched = page.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.EndsWith("/elsa/api/workflow-instances", StringComparison.Ordinal)
            && r.Request.PostData?.Contains(name, StringComparison.Ordinal) == true, new() { Timeout = 30_000 });
        await search.FillAsync(name);
        await search.PressAsync("Enter");
        await searched;
        var row = list.Locator("tr").Filter(new() { HasText = instanceId });
        await Assertions.Expect(row).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        return row;
    }

    private static LocatorAssertionsToBeVisibleOptions Visible => new() { Timeout = (float)BrowserSession.StartUp.TotalMilliseconds };
}
