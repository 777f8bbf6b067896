using System.Net.Http.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
    // WCAG 2.1 AA as Swedish law for public-sector services requires it; these impacts fail the test.
    private static readonly HashSet<string> Failing = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

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
            var menu = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" });
            foreach (var link in AppLinks.Main)
                await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = link.Text, Exact = true })).ToHaveAttributeAsync("href", link.Href);
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" })).ToBeVisibleAsync();
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

            await Assertions.Expect(session.Page.Locator("main#huvudinnehall")).ToBeFocusedAsync();
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
    public async Task Should_StartACaseAndShowItInTheList_When_TheFormIsFilledIn()
    {
        const string number = "2026/901-2.2.0.1";
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_StartACaseAndShowItInTheList_When_TheFormIsFilledIn), async () =>
        {
            await session.LogInAsync("/arenden");
            await session.Page.GetByRole(AriaRole.Link, new() { Name = "Nytt ärende" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Nytt ärende", Level = 1 })).ToBeVisibleAsync();

            await session.Page.GetByLabel("Ärendenummer").FillAsync(number);
            await session.Page.GetByLabel("Titel").FillAsync("E-arkiv för gymnasieskolan");
            await session.Page.GetByLabel("Beskrivning").FillAsync("Gemensam e-arkivlösning för gymnasieskolornas elevakter.");
            var initiators = session.Page.GetByRole(AriaRole.Group, new() { Name = "Initierande kommuner" });
            await initiators.GetByLabel("Luleå", new() { Exact = true }).CheckAsync();
            await initiators.GetByLabel("Piteå", new() { Exact = true }).CheckAsync();
            await session.Page.GetByLabel("Budget Förstudie (kr)").FillAsync("150000");
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Starta ärende" }).ClickAsync();

            await session.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/arenden/2026/901-2.2.0.1");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{number} E-arkiv för gymnasieskolan");
            await Assertions.Expect(session.Page.Locator("dl.app-facts")).ToContainTextAsync("Kvalificering av idé");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.List, new() { Name = "Processens faser" }).Locator("[aria-current=step]"))
                .ToHaveTextAsync("Kvalificering av idé");

            await session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Ärenden" }).ClickAsync();
            await session.Page.GetByLabel("Sök på ärendenummer eller titel").FillAsync("901-2.2");
            var row = session.Page.GetByRole(AriaRole.Table, new() { Name = "Ärenden" }).GetByRole(AriaRole.Row).Filter(new() { HasText = number });
            await Assertions.Expect(row).ToContainTextAsync("E-arkiv för gymnasieskolan");
            await Assertions.Expect(row).ToContainTextAsync("Kvalificering av idé");
            await Assertions.Expect(row).ToContainTextAsync("Pågår");
        });
    }

    [Fact]
    public async Task Should_ShowSwedishErrorsBesideTheFieldsAndSaveNothing_When_TheFormIsIncomplete()
    {
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowSwedishErrorsBesideTheFieldsAndSaveNothing_When_TheFormIsIncomplete), async () =>
        {
            var before = await CaseCountAsync();
            await session.LogInAsync("/arenden/nytt");

            await session.Page.GetByLabel("Ärendenummer").FillAsync("ärende 7");
            await session.Page.GetByRole(AriaRole.Group, new() { Name = "Initierande kommuner" }).GetByLabel("Kiruna", new() { Exact = true }).CheckAsync();
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Starta ärende" }).ClickAsync();

            await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Ärendet startades inte: 3 uppgifter behöver rättas.");
            await Assertions.Expect(session.Page.GetByText("'ärende 7' är inget ärendenummer (år/löpnummer-klassificering, t.ex. 2022/1-2.2.0.1).")).ToBeVisibleAsync();
            await Assertions.Expect(session.Page.GetByText("Ärendet måste ha en rubrik.")).ToBeVisibleAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Group, new() { Name = "Initierande kommuner" })
                .GetByText("Nämnden tar bara uppdrag på initiativ av två eller fler kommuner.")).ToBeVisibleAsync();
            Assert.Equal("/arenden/nytt", new Uri(session.Page.Url).AbsolutePath);
            Assert.Equal(before, await CaseCountAsync());
        });
    }

    [Fact]
    public async Task Should_MoveTheCaseOn_When_TheCoordinatorAnswersTheirOwnTaskFromTheCasePage()
    {
        var started = await fixture.StartCaseAsync("Digital nämndhandling", "2026/903-2.2.0.1");
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_MoveTheCaseOn_When_TheCoordinatorAnswersTheirOwnTaskFromTheCasePage), async () =>
        {
            await session.LogInAsync("/arenden/2026/903-2.2.0.1");
            var open = session.Page.GetByRole(AriaRole.Table, new() { Name = "Öppna uppgifter" });
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Svara: Behovsanalys och idéutveckling" }).ClickAsync();

            var dialog = session.Page.GetByRole(AriaRole.Dialog);
            await Assertions.Expect(dialog).ToContainTextAsync("Genomför behovsanalys");
            await dialog.GetByRole(AriaRole.Radio, new() { Name = "Klart" }).CheckAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Skicka svar" }).ClickAsync();

            await Assertions.Expect(dialog).ToHaveCountAsync(0);
            await Assertions.Expect(open.GetByRole(AriaRole.Row).Filter(new() { HasText = "Behovsanalys och idéutveckling" })).ToHaveCountAsync(0);
            var decided = session.Page.GetByRole(AriaRole.Table, new() { Name = "Beslut" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Behovsanalys och idéutveckling" });
            await Assertions.Expect(decided).ToContainTextAsync("Done");
            // The next step asks every member municipality whether it is interested.
            await Assertions.Expect(open.Locator("tbody tr")).ToHaveCountAsync(14);
        });
        Assert.Equal("app", await DecisionChannelAsync((string)started["caseNumber"]!, "Behovsanalys och idéutveckling"));
    }

    [Fact]
    public async Task Should_ShowAParticipantsAnswerWithoutReload_When_ItComesByTheEmailLink()
    {
        var started = await fixture.StartCaseAsync("Gemensam e-tjänst för färdtjänst", "2026/904-2.2.0.1");
        var caseId = (string)started["id"]!;
        using var participant = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var driver = new Features.Cases.CaseDriver(fixture.Api, participant, Path.Combine(fixture.Host.WorkingDirectory, "data", "mail"),
            "http://127.0.0.1:5080", () => Task.CompletedTask);
        await driver.AnswerOneAsync(caseId, "work", "Done");
        var interest = await Poll.UntilAsync(() => driver.OpenTasksAsync(caseId, "municipal-decision"), t => t.Count == 14, TimeSpan.FromSeconds(60),
            t => $"{t.Count} interest task(s) open.");
        var lulea = interest.Single(t => (string?)t["municipality"] == "Luleå");

        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_ShowAParticipantsAnswerWithoutReload_When_ItComesByTheEmailLink), async () =>
        {
            await session.LogInAsync($"/arenden/{caseId}");
            var open = session.Page.GetByRole(AriaRole.Table, new() { Name = "Öppna uppgifter" });
            await Assertions.Expect(open.Locator("tbody tr")).ToHaveCountAsync(14);

            await driver.AnswerAsync((string)lulea["id"]!, "Join");

            await Assertions.Expect(open.Locator("tbody tr")).ToHaveCountAsync(13, new() { Timeout = 30_000 });
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Table, new() { Name = "Beslut" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "Luleå" }))
                .ToContainTextAsync("Join");
        });
    }

    [Fact]
    public async Task Should_CancelTheCaseWithItsReason_When_TheCoordinatorConfirms()
    {
        var started = await fixture.StartCaseAsync("Gemensam chattbot", "2026/905-2.2.0.1");
        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_CancelTheCaseWithItsReason_When_TheCoordinatorConfirms), async () =>
        {
            await session.LogInAsync($"/arenden/{(string)started["id"]!}");
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Avbryt ärende", Exact = true }).ClickAsync();

            var dialog = session.Page.GetByRole(AriaRole.Dialog);
            var confirm = dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt ärendet", Exact = true });
            await Assertions.Expect(confirm).ToBeDisabledAsync();
            await dialog.GetByLabel("Varför avbryts ärendet?").FillAsync("Kommunerna valde en nationell lösning.");
            await confirm.ClickAsync();

            await Assertions.Expect(session.Page.Locator("dl.app-facts")).ToContainTextAsync("Avbrutet – Kommunerna valde en nationell lösning.");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Avbryt ärende", Exact = true })).ToHaveCountAsync(0);
        });
        var cancelled = await fixture.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/cases/{(string)started["id"]!}");
        Assert.Equal("Cancelled", (string?)cancelled!["status"]);
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
            found.AddRange(await ViolationsAsync(session.Page, "/login"));
            await session.LogInAsync("/");
            foreach (var link in AppLinks.Main.Where(l => !l.LeavesTheApp))
            {
                await session.Page.GotoAsync(session.Url(link.Href));
                await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(link.Text);
                found.AddRange(await ViolationsAsync(session.Page, link.Href));
            }

            // The new-case form with its errors showing, and a case's page.
            await session.Page.GotoAsync(session.Url("/arenden/nytt"));
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Starta ärende" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            found.AddRange(await ViolationsAsync(session.Page, "/arenden/nytt (med fel)"));
            await session.Page.GotoAsync(session.Url("/personer"));
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Ny person" }).ClickAsync();
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
            found.AddRange(await ViolationsAsync(session.Page, "/personer (Ny person)"));
            var started = await fixture.StartCaseAsync("Tillgänglighetsgranskning", "2026/902-2.2.0.1");
            await session.Page.GotoAsync(session.Url($"/arenden/{(string)started["id"]!}"));
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tillgänglighetsgranskning");
            found.AddRange(await ViolationsAsync(session.Page, "/arenden/{id}"));

            Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
        });
    }

    private async Task<string?> DecisionChannelAsync(string caseNumber, string title)
    {
        var tasks = await fixture.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>($"/api/tasks?caseNumber={Uri.EscapeDataString(caseNumber)}&status=Decided");
        var task = tasks!.SingleOrDefault(t => ((string?)t!["title"])?.StartsWith(title, StringComparison.Ordinal) == true);
        Assert.True(task is not null, $"No decided task '{title}' in case {caseNumber}: {tasks!.ToJsonString()}");
        return (string?)task!["channel"];
    }

    private async Task<int> CaseCountAsync() =>
        (await fixture.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/cases"))!.Count;

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string path)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
        return result.Violations
            .Where(v => v.Impact is not null && Failing.Contains(v.Impact))
            .Select(v => $"{path}: [{v.Impact}] {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
    }
}
