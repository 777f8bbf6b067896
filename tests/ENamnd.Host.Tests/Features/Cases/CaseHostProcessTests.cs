using ENamnd.Host.Tests.Integration;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// The idea-to-management scenario against a running host process on the embedded default: the
/// coordinator uses the HTTP API, the emails are read from the pickup directory, and each participant
/// opens the link in their email and answers on the page.
/// </summary>
[Trait(TestCategories.Key, TestCategories.Process)]
public class CaseHostProcessTests
{
    [Fact]
    public async Task Should_RunFromIdeaToManagement_When_ParticipantsAnswerFromTheLinksInTheirEmails()
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        await using var host = IntegrationHost.Create(postgres: null, configure: environment =>
        {
            environment["Urls"] = url;
            environment["Host__PublicBaseUrl"] = url;
        });
        await host.StartAsync();
        using var coordinator = host.CreateClient();
        using var participant = host.CreateClient(apiKey: null);
        var mail = IntegrationHost.MailDirectoryOf(host);
        // The host sends on its own (after each step and every two seconds); the driver waits for the emails.
        var driver = new CaseDriver(coordinator, participant, mail, url, () => Task.CompletedTask, useForms: true);

        var caseId = await IdeaToManagementScenario.RunAsync(driver, coordinator);

        Assert.False(string.IsNullOrEmpty(caseId), IntegrationHost.Tail(host));
        Assert.Contains(driver.Mail, m => m.Subject?.EndsWith("(ärende 2022/1-2.2.0.1)", StringComparison.Ordinal) == true);
    }
}
