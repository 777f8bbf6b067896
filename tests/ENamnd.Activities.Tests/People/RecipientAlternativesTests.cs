using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;

namespace ENamnd.Activities.Tests.People;

/// <summary>Recipient items with alternatives (<c>a | b</c>): the first alternative that names someone is used.</summary>
public class RecipientAlternativesTests
{
    private const string CaseNumber = "2022/1-2.2.0.1";
    private const string Alternatives = "roll:styrgrupp@ärendet | roll:samordnare";

    [Fact]
    public async Task Should_AskTheCoordinator_When_TheCaseHasNoSteeringGroup()
    {
        var resolver = Resolver(steeringGroupCase: null);

        var recipients = await resolver.ResolveAsync(Alternatives, CaseNumber);

        Assert.Equal(["samordnare@example.org"], recipients.Select(r => r.Email));
    }

    [Fact]
    public async Task Should_AskTheSteeringGroup_When_TheCaseHasOne()
    {
        var resolver = Resolver(steeringGroupCase: CaseNumber);

        var recipients = await resolver.ResolveAsync(Alternatives, CaseNumber);

        Assert.Equal(["styrgrupp@example.org"], recipients.Select(r => r.Email));
    }

    [Fact]
    public async Task Should_FaultWithTheLastAlternativesReason_When_NoAlternativeNamesAnyone()
    {
        var resolver = Resolver(steeringGroupCase: null);

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => resolver.ResolveAsync("roll:styrgrupp@ärendet | roll:upphandlare@ärendet", CaseNumber));

        Assert.Contains("upphandlare", fault.Message);
    }

    [Fact]
    public async Task Should_FaultOnTheMistake_When_AnAlternativeIsMistyped()
    {
        var resolver = Resolver(steeringGroupCase: null);

        var fault = await Assert.ThrowsAsync<ActivityFaultException>(() => resolver.ResolveAsync("roll:trollkarl@ärendet | roll:samordnare", CaseNumber));

        Assert.Equal("Okänd roll: 'trollkarl'.", fault.Message);
    }

    [Fact]
    public async Task Should_SkipAnItemWithoutAlternatives_When_ItIsOnlyASeparator()
    {
        var resolver = Resolver(steeringGroupCase: null);

        var recipients = await resolver.ResolveAsync("| , roll:samordnare", CaseNumber);

        Assert.Equal(["samordnare@example.org"], recipients.Select(r => r.Email));
    }

    private static RecipientResolver Resolver(string? steeringGroupCase)
    {
        var directory = new InMemoryParticipantDirectory();
        directory.Save(new Participant { Id = "samordnare", Name = "Samordnaren", Email = "samordnare@example.org", Roles = [new RoleAssignment(Role.Esamordnare)] });
        if (steeringGroupCase is not null)
            directory.Save(new Participant { Id = "styrgrupp", Name = "Styrgruppen", Email = "styrgrupp@example.org", Roles = [new RoleAssignment(Role.Styrgrupp, CaseNumber: steeringGroupCase)] });
        return new RecipientResolver(directory, MunicipalityRegistry.Default);
    }
}
