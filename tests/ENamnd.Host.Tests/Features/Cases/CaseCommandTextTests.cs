using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Tasks;
using ENamnd.Http;
using ENamnd.Workflows.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>The commands the coordinator's pages call hold to the same text rule as the API, so a pasted control character is refused there too.</summary>
public sealed class CaseCommandTextTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Fact]
    public async Task Should_RefuseAndStartNothing_When_ThePageSendsAControlCharacterOrALineBreak()
    {
        var cases = factory.Services.GetRequiredService<CaseService>();

        var result = await cases.CreateAsync(new CreateCaseRequest
        {
            Title = "E-arkiv\u0007", CaseNumber = "2036/9-2.2.0.1", InitiatingMunicipalities = ["Luleå", "Boden\r\nBcc: x@example.org"],
        }, CancellationToken.None);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains("Fältet title innehåller ett otillåtet tecken (styrtecken U+0007).", result.Errors);
        Assert.Contains("Fältet initiatingMunicipalities[1] får inte innehålla radbrytningar.", result.Errors);
        using var api = factory.CreateCoordinatorClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await api.GetAsync("/api/cases/2036%2F9-2.2.0.1")).StatusCode);
    }

    [Fact]
    public async Task Should_RefuseTheNewRecipient_When_TheNameHasALineBreak()
    {
        var commands = factory.Services.GetRequiredService<TaskCommands>();

        var result = await commands.ReassignAsync("finns-inte", "ny@example.org", "Ny\nMottagare", CancellationToken.None);

        Assert.Equal(["Fältet name får inte innehålla radbrytningar."], result.Errors);
    }
}
