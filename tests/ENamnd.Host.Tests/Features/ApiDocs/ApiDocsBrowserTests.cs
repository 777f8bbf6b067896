using System.Collections.Concurrent;
using ENamnd.Host.Tests.Browser;
using ENamnd.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Features.ApiDocs;

/// <summary>The API reference in headless Chromium against the real host: it lists the operations under the host's policy and passes axe-core.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class ApiDocsBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_ListTheOperationsWithinThePolicy_When_TheCoordinatorOpensTheReference()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        var problems = new ConcurrentQueue<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error") problems.Enqueue($"console.error: {message.Text}");
        };
        session.Page.PageError += (_, error) => problems.Enqueue($"page error: {error}");
        session.Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.Host.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                problems.Enqueue($"request elsewhere: {request.Url}");
        };
        await session.RunAsync(nameof(Should_ListTheOperationsWithinThePolicy_When_TheCoordinatorOpensTheReference), async () =>
        {
            await session.Page.GotoAsync(session.Url("/api-docs/"));
            Assert.Equal("/login", new Uri(session.Page.Url).AbsolutePath);

            await session.LogInAsync("/api-docs/");

            await Assertions.Expect(session.Page).ToHaveTitleAsync("ENamnd – API för Norrbottens e-nämnd");
            // The page fetches the document and renders it after its script (5 MB) has loaded: seconds on a busy machine.
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Starta ett ärende" }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
            // The first tag is open with its operations; the sidebar lists every feature's tag.
            var sidebar = session.Page.GetByRole(AriaRole.Complementary);
            foreach (var operation in new[] { "Starta ett ärende", "Lista ärenden", "Avbryt ett ärende med skäl" })
                await Assertions.Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = operation }).First).ToBeVisibleAsync();
            foreach (var tag in new[] { "Ärenden", "Uppgifter", "Sammanträden", "Avtal", "Mål", "Personer", "Kommuner", "Fördelning", "Granskning" })
                await Assertions.Expect(sidebar.GetByRole(AriaRole.Link, new() { Name = tag, Exact = true })).ToBeVisibleAsync();
            var violations = await Accessibility.ViolationsAsync(session.Page, "/api-docs/");

            Assert.True(problems.IsEmpty, "The page reported problems:\n" + string.Join("\n", problems));
            Assert.True(violations.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", violations));
        });
    }
}
