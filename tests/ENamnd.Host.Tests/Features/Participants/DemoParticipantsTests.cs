using System.Net.Mail;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Host.Features.Participants;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>The invented demo people: three per municipality plus the office, all at example.org.</summary>
public sealed class DemoParticipantsTests
{
    private static readonly IReadOnlyList<Participant> People = DemoParticipants.For(MunicipalityRegistry.Default);

    [Fact]
    public void Should_GiveEveryMunicipalityARepresentativeLedamotAndErsattare_When_Built()
    {
        foreach (var municipality in MunicipalityRegistry.Default.All)
        {
            var roles = People.Where(p => p.MunicipalityCode == municipality.Code).SelectMany(p => p.Roles).Select(r => r.Role).Order();
            Assert.Equal([Role.Ledamot, Role.Ersattare, Role.Beredningsgrupp], roles);
        }
        Assert.Equal(45, People.Count);
        Assert.Equal([Role.Esamordnare, Role.Sekreterare, Role.Ordforande], People.Where(p => p.MunicipalityCode is null).Select(p => p.Roles.Single().Role).Order());
    }

    [Fact]
    public void Should_UseUniquePlainAsciiAddressesAtExampleOrg_When_Built()
    {
        Assert.All(People, p =>
        {
            Assert.EndsWith("@example.org", p.Email, StringComparison.Ordinal);
            Assert.True(p.Email.All(char.IsAscii), p.Email);
            Assert.True(MailAddress.TryCreate(p.Email, out _), p.Email);
        });
        Assert.Equal(People.Count, People.Select(p => p.Email).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(People.Count, People.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void Should_NameRepresentativeAfterMunicipality_When_Built()
    {
        var representative = People.Single(p => p.MunicipalityCode == "2518" && p.Roles.Any(r => r.Role == Role.Beredningsgrupp));

        Assert.Equal(("Representant Övertorneå", "beredning.overtornea@example.org"), (representative.Name, representative.Email));
    }

    [Theory]
    [InlineData("Luleå", "lulea")]
    [InlineData("Älvsbyn", "alvsbyn")]
    [InlineData("Gällivare", "gallivare")]
    [InlineData("Överkalix", "overkalix")]
    public void Should_FoldToAscii_When_NameHasSwedishLetters(string name, string slug) =>
        Assert.Equal(slug, DemoParticipants.AsciiSlug(name));
}
