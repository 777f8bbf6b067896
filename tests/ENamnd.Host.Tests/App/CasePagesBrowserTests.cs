using System.Net.Http.Json;
using ENamnd.Host.Tests.Browser;
using ENamnd.Host.Tests.Features.Cases;
using ENamnd.TestSupport;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.App;

/// <summary>Cases in the coordinator's application, in headless Chromium against the real host: the new-case form, the case page and its actions.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed class CasePagesBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
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
            await Assertions.Expect(decided).ToContainTextAsync("Klart");
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
        var driver = fixture.CaseDriver(participant);
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
                .ToContainTextAsync("Deltar");
            var answers = session.Page.GetByRole(AriaRole.Table, new() { Name = "Kommunernas besked" });
            await Assertions.Expect(answers.GetByRole(AriaRole.Row).Filter(new() { HasText = "Luleå" })).ToContainTextAsync("Deltar");
            await Assertions.Expect(answers.GetByRole(AriaRole.Row).Filter(new() { HasText = "Piteå" })).ToContainTextAsync("Väntar på besked");
        });
    }

    [Fact]
    public async Task Should_RemindOneMunicipalityAndGiveAnothersTaskToSomeoneElse_When_TheCoordinatorActsOnTheCasePage()
    {
        using var participant = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var driver = fixture.CaseDriver(participant);
        var caseId = await StartAtTheInterestRoundAsync(driver, "Gemensam e-tjänst för skolskjuts", "2026/906-2.2.0.1");

        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_RemindOneMunicipalityAndGiveAnothersTaskToSomeoneElse_When_TheCoordinatorActsOnTheCasePage), async () =>
        {
            await session.LogInAsync($"/arenden/{caseId}");
            var open = session.Page.GetByRole(AriaRole.Table, new() { Name = "Öppna uppgifter" });
            var lulea = open.GetByRole(AriaRole.Row).Filter(new() { HasText = "Luleå" });
            await Assertions.Expect(lulea).ToContainTextAsync("Inga");

            await lulea.GetByRole(AriaRole.Button, new() { Name = "Skicka påminnelse" }).ClickAsync();

            await Assertions.Expect(session.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("En påminnelse har skickats till");
            await Assertions.Expect(lulea).ToContainTextAsync("1, senast");

            var pitea = open.GetByRole(AriaRole.Row).Filter(new() { HasText = "Piteå" });
            await pitea.GetByRole(AriaRole.Button, new() { Name = "Byt mottagare" }).ClickAsync();
            var dialog = session.Page.GetByRole(AriaRole.Dialog);
            await dialog.GetByLabel("E-postadress").FillAsync("inte-en-adress");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Byt mottagare", Exact = true }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ogiltig e-postadress");
            await dialog.GetByLabel("E-postadress").FillAsync("ny.handlaggare.pitea@example.org");
            await dialog.GetByLabel("Namn").FillAsync("Nya Handläggaren");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Byt mottagare", Exact = true }).ClickAsync();

            await Assertions.Expect(session.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("Uppgiften har skickats till Nya Handläggaren.");
            await Assertions.Expect(open.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nya Handläggaren, Piteå" })).ToHaveCountAsync(1);
        });
        var tasks = await driver.OpenTasksAsync(caseId, "municipal-decision");
        Assert.Equal("ny.handlaggare.pitea@example.org", (string?)tasks.Single(t => (string?)t["municipality"] == "Piteå")["recipient"]);
    }

    [Fact]
    public async Task Should_TakeInAMunicipalityThatJoinsLater_When_TheCoordinatorPicksItAndNoQuestionIsOpenToIt()
    {
        using var participant = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var driver = fixture.CaseDriver(participant);
        var caseId = await StartAtTheInterestRoundAsync(driver, "Gemensam e-tjänst för färdtjänst", "2026/908-2.2.0.1");

        await using var session = await fixture.OpenSessionAsync(output);
        await session.RunAsync(nameof(Should_TakeInAMunicipalityThatJoinsLater_When_TheCoordinatorPicksItAndNoQuestionIsOpenToIt), async () =>
        {
            await session.LogInAsync($"/arenden/{caseId}");
            var dialog = session.Page.GetByRole(AriaRole.Dialog);

            // Kalix is still asked about its interest: its answer decides, and nothing is changed.
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Anslut kommun" }).ClickAsync();
            await dialog.GetByLabel("Kommun").ClickAsync();
            await session.Page.GetByRole(AriaRole.Option, new() { Name = "Kalix", Exact = true }).ClickAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Anslut kommunen" }).ClickAsync();
            await Assertions.Expect(dialog.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kalix har redan en öppen fråga i ärendet");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();

            // Boden and Piteå are interested, the others not; Kalix then joins on the preparation group's decision.
            await driver.AnswerAllAsync(caseId, "municipal-decision", t => (string?)t["municipality"] is "Boden" or "Piteå" ? "Join" : "Decline");
            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Anslut kommun" }).ClickAsync();
            await dialog.GetByLabel("Kommun").ClickAsync();
            await session.Page.GetByRole(AriaRole.Option, new() { Name = "Kalix", Exact = true }).ClickAsync();
            await dialog.GetByLabel("Beslut om anslutning").FillAsync("Beredningsgruppen 2026-12-10 § 3");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Anslut kommunen" }).ClickAsync();

            await Assertions.Expect(session.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Status)).ToContainTextAsync("Kalix deltar nu i ärendet.");
            var ledger = session.Page.GetByRole(AriaRole.Table, new() { Name = "Vilka som deltar och varför" });
            await Assertions.Expect(ledger.GetByRole(AriaRole.Row).Filter(new() { HasText = "Anslöt senare" })).ToContainTextAsync("Beredningsgruppen 2026-12-10 § 3");
            var kalix = ledger.GetByRole(AriaRole.Row).Filter(new() { Has = session.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Kalix", Exact = true }) });
            await Assertions.Expect(kalix).ToHaveCountAsync(2);
            await Assertions.Expect(kalix.First).ToContainTextAsync("Avböjde");
            await Assertions.Expect(kalix.Last).ToContainTextAsync("Anslöt senare");
        });
        var details = await fixture.Api.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/cases/{caseId}");
        Assert.Contains(details!["participants"]!.AsArray(), p => (string?)p!["name"] == "Kalix");
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

    // A new case past the needs analysis: all fourteen municipalities are asked about their interest.
    private async Task<string> StartAtTheInterestRoundAsync(CaseDriver driver, string title, string caseNumber)
    {
        var caseId = (string)(await fixture.StartCaseAsync(title, caseNumber))["id"]!;
        await driver.AnswerOneAsync(caseId, "work", "Done");
        await Poll.UntilAsync(() => driver.OpenTasksAsync(caseId, "municipal-decision"), t => t.Count == 14, TimeSpan.FromSeconds(60), t => $"{t.Count} interest task(s) open.");
        return caseId;
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
}
