using System.Text.RegularExpressions;
using ENamnd.Host.Tests.Browser;
using ENamnd.TestSupport;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace ENamnd.Host.Tests.Features.CalendarFeeds;

/// <summary>A participant's way from a task email to their calendar address, in headless Chromium on a phone's screen, and axe-core on each page.</summary>
[Collection(BrowserCollection.Name)]
[Trait(TestCategories.Key, TestCategories.Browser)]
[Trait(TestCategories.Key, TestCategories.Process)]
public sealed partial class CalendarFeedBrowserTests(BrowserFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_GiveTheParticipantTheirAddress_When_TheyFollowTheEmailsCalendarLink()
    {
        var started = await fixture.StartCaseAsync("Kalender i mobilen", "2026/910-2.2.0.1");
        var link = await Poll.UntilAsync(() => Task.FromResult(CalendarLink((string)started["caseNumber"]!)), l => l is not null, TimeSpan.FromSeconds(60),
            _ => "No task email with a calendar link was written.");
        await using var session = await fixture.OpenSessionAsync(output);
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.RunAsync(nameof(Should_GiveTheParticipantTheirAddress_When_TheyFollowTheEmailsCalendarLink), async () =>
        {
            var found = new List<string>();
            await session.Page.GotoAsync(session.Url(link!));
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prenumerera på din kalender");
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "kalendersidan"));

            await session.Page.GetByRole(AriaRole.Button, new() { Name = "Skapa min kalenderadress" }).ClickAsync();

            var address = session.Page.GetByLabel("Din personliga kalenderadress");
            await Assertions.Expect(address).ToHaveValueAsync(FeedAddress());
            found.AddRange(await Accessibility.ViolationsAsync(session.Page, "kalendersidan med adress"));
            Assert.True(found.Count == 0, "axe-core found serious or critical violations:\n" + string.Join("\n", found));
        });
    }

    // The path and query of the calendar link in the first task email of the case.
    private string? CalendarLink(string caseNumber)
    {
        var mail = Path.Combine(fixture.Host.WorkingDirectory, "data", "mail");
        if (!Directory.Exists(mail)) return null;
        foreach (var file in Directory.EnumerateFiles(mail, "*.eml"))
        {
            var message = MimeMessage.Load(file);
            if (message.Subject?.Contains(caseNumber, StringComparison.Ordinal) != true) continue;
            var match = Link().Match(message.TextBody ?? "");
            if (match.Success) return match.Groups["path"].Value;
        }
        return null;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/tasks/[0-9a-f]{32}/kalender\?t=[A-Za-z0-9_-]+)")]
    private static partial Regex Link();

    [GeneratedRegex(@"/kalender/[A-Za-z0-9_-]{43}\.ics$")]
    private static partial Regex FeedAddress();
}
