using System.Net.Http.Json;
using ENamnd.Host.App;
using ENamnd.Host.Tests.Browser;
using ENamnd.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.App;

/// <summary>The coordinator's application in headless Chromium against the real host: sign-in, the main menu, keyboard use and WCAG 2.1 AA.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class AppBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_LandOnTheOverviewWithTheMainMenu_When_TheCoordinatorSignsIn()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_LandOnTheOverviewWithTheMainMenu_When_TheCoordinatorSignsIn), async () =>
        {
            await session.Page.GotoAsync(session.Url("/"));
            Assert.Equal("/login", new Uri(session.Page.Url).AbsolutePath);

            await session.LogInAsync("/");

            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Översikt", Level = 1 })).ToBeVisibleAsync();
            // A section with nothing to show says so (no task here is past its deadline: they run for weeks).
            await Assertions.Expect(session.Page.GetByText("Ingen uppgift är försenad.")).ToBeVisibleAsync();
            var menu = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
            foreach (var link in AppLinks.Main)
                await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = link.Text, Exact = true })).ToHaveAttributeAsync("href", link.Href);
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Should_OpenTheBookmarkedCasePageAfterSignIn_When_TheHostWasRestarted()
    {
        var started = await fixture.StartCaseAsync("Gemensam e-tjänst för parkeringstillstånd", "2026/907-2.2.0.1");
        var bookmark = $"/arenden/{(string)started["caseNumber"]!}";
        await fixture.RestartHostAsync();

        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_OpenTheBookmarkedCasePageAfterSignIn_When_TheHostWasRestarted), async () =>
        {
            await session.Page.GotoAsync(session.Url(bookmark));
            Assert.Equal("/login", new Uri(session.Page.Url).AbsolutePath);
            await session.Page.Locator("#key").FillAsync(BrowserFixture.ApiKey);
            await session.Page.Locator("button[type=submit]").ClickAsync();

            await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == bookmark);
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
                .ToHaveTextAsync("2026/907-2.2.0.1 Gemensam e-tjänst för parkeringstillstånd");
        });
    }

    [Fact]
    public async Task Should_OpenEachPageFromTheMenu_When_ItsLinkIsFollowed()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_OpenEachPageFromTheMenu_When_ItsLinkIsFollowed), async () =>
        {
            await session.LogInAsync("/");
            var menu = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
            foreach (var link in AppLinks.Main.Where(l => !l.LeavesTheApp))
            {
                await menu.GetByRole(AriaRole.Link, new() { Name = link.Text, Exact = true }).ClickAsync();
                await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == link.Href);
                await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(link.Text);
            }
        });
    }

    [Fact]
    public async Task Should_ReachTheContentFromTheSkipLink_When_OnlyTheKeyboardIsUsed()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ReachTheContentFromTheSkipLink_When_OnlyTheKeyboardIsUsed), async () =>
        {
            await session.LogInAsync("/kommuner");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Kommuner", Level = 1 })).ToBeVisibleAsync();

            // From the top of the document, where a keyboard user starts when nothing has the focus.
            await session.Page.EvaluateAsync("() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); }");
            await session.Page.Keyboard.PressAsync("Tab");
            var skip = session.Page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" });
            await Assertions.Expect(skip).ToBeFocusedAsync();
            await Assertions.Expect(skip).ToBeInViewportAsync();
            await session.Page.Keyboard.PressAsync("Enter");

            // The focus moves through the server's circuit (a round trip over its WebSocket): seconds on a busy machine.
            await Assertions.Expect(session.Page.Locator("main#huvudinnehall")).ToBeFocusedAsync(new() { Timeout = 30_000 });
        });
    }

    [Fact]
    public async Task Should_ShowTheFourteenMunicipalitiesWithPopulation_When_KommunerIsOpened()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowTheFourteenMunicipalitiesWithPopulation_When_KommunerIsOpened), async () =>
        {
            await session.LogInAsync("/kommuner");

            var table = session.Page.GetByRole(AriaRole.Table, new() { Name = "Medlemskommuner" });
            await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(14);
            await Assertions.Expect(table.Locator("tfoot")).ToContainTextAsync("Totalt");
            await Assertions.Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Luleå" })).ToContainTextAsync("2580");
        });
    }

    [Fact]
    public async Task Should_AddChangeAndRemoveAPerson_When_TheCoordinatorManagesPeople()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_AddChangeAndRemoveAPerson_When_TheCoordinatorManagesPeople), async () =>
        {
            await session.LogInAsync("/personer");
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Ny person" }).ClickAsync();
            var dialog = session.Page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("Namn").FillAsync("Vera Exempel");
            await dialog.GetByLabel("E-post").FillAsync("inte en adress");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ogiltig e-postadress: 'inte en adress'.");

            await dialog.GetByLabel("E-post").FillAsync("vera.exempel@example.org");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
            await Assertions.Expect(session.Page.GetByText("Personen är tillagd.")).ToBeVisibleAsync();
            await session.Page.GetByLabel("Sök på namn, e-post, kommun eller roll").FillAsync("Vera");
            var table = session.Page.GetByRole(AriaRole.Table, new() { Name = "Personer" });
            await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
            var row = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "Vera Exempel" });
            await Assertions.Expect(row).ToContainTextAsync("vera.exempel@example.org");

            await row.GetByRole(AriaRole.Button, new() { Name = "Ändra Vera Exempel" }).ClickAsync();
            await dialog.GetByLabel("E-post").FillAsync("vera.e@example.org");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByText("Vera Exempel är ändrad.")).ToBeVisibleAsync();
            await Assertions.Expect(row).ToContainTextAsync("vera.e@example.org");

            await row.GetByRole(AriaRole.Button, new() { Name = "Ta bort Vera Exempel" }).ClickAsync();
            await session.Page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Ta bort" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByText("Vera Exempel är borttagen.")).ToBeVisibleAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
        });
        var left = await fixture.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/participants");
        Assert.DoesNotContain(left!, p => ((string?)p!["email"])?.StartsWith("vera", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Should_HaveNoSeriousOrCriticalAccessibilityViolation_When_EachPageIsChecked()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_HaveNoSeriousOrCriticalAccessibilityViolation_When_EachPageIsChecked), async () =>
        {
            var found = new List<string>();
            await session.Page.GotoAsync(session.Url("/login"));
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/login"));
            await session.LogInAsync("/");
            foreach (var link in AppLinks.Main.Where(l => !l.LeavesTheApp))
            {
                await session.Page.GotoAsync(session.Url(link.Href));
                await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(link.Text);
                found.AddRange(await Accessibility.ViolationsAsync(session.Page, link.Href));
            }

            // The new-case form with its errors showing, and a case's page.
            await session.Page.GotoAsync(session.Url("/arenden/nytt"));
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Starta ärende" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/arenden/nytt (med fel)"));
            await session.Page.GotoAsync(session.Url("/personer"));
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Ny person" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/personer (Ny person)"));
            var started = await fixture.StartCaseAsync("Tillgänglighetsgranskning", "2026/902-2.2.0.1");
            await session.Page.GotoAsync(session.Url($"/arenden/{(string)started["id"]!}"));
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tillgänglighetsgranskning");
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/arenden/{id}"));

            // The same case with the municipalities' tasks open (reminders, change of recipient) and that dialog.
            using var participant = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
            await fixture.CaseDriver(participant).AnswerOneAsync((string)started["id"]!, "work", "Done");
            var open = session.Page.GetByRole(AriaRole.Table, new() { Name = "Öppna uppgifter" });
            await Assertions.Expect(open.GetByRole(AriaRole.Button, new() { Name = "Skicka påminnelse" })).ToHaveCountAsync(14, new() { Timeout = 60_000 });
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/arenden/{id} (kommunernas uppgifter)"));
            await open.GetByRole(AriaRole.Button, new() { Name = "Byt mottagare" }).First.ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/arenden/{id} (Byt mottagare)"));
            await session.Page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Anslut kommun" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "/arenden/{id} (Anslut kommun)"));

            Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
        });
    }
}
