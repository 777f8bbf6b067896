using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;

namespace ENamnd.Activities.Tests.People;

/// <summary>Recipient lists as people read them: roles in words with their holders, never the <c>roll:</c> syntax.</summary>
public sealed class RecipientNamesTests
{
    private const string CaseNumber = "2022/1-2.2.0.1";

    private static readonly RecipientNames Names = new(new RecipientResolver(new InMemoryParticipantDirectory()
        .Save(Person("eva", "Eva Ek", "eva.ek@example.org", new RoleAssignment(Role.Esamordnare)))
        .Save(Person("per", "Per Pärson", "per@example.org", new RoleAssignment(Role.Styrgrupp, CaseNumber)))
        .Save(Person("pia", "Pia Berg", "pia@example.org", new RoleAssignment(Role.Styrgrupp, CaseNumber))), MunicipalityRegistry.Default));

    [Theory]
    [InlineData("roll:samordnare", "e-samordnaren (Eva Ek)")]
    [InlineData("roll:styrgrupp@ärendet", "ärendets styrgrupp (Per Pärson och Pia Berg)")]
    [InlineData("roll:upphandlare@ärendet | roll:samordnare", "e-samordnaren (Eva Ek)")]
    [InlineData("roll:sekreterare", "sekreteraren")]
    [InlineData("roll:upphandlare@ärendet | roll:sekreterare", "ärendets upphandlare eller sekreteraren")]
    [InlineData("eva.ek@example.org", "Eva Ek (eva.ek@example.org)")]
    [InlineData("okand@example.org", "okand@example.org")]
    [InlineData("roll:samordnare, eva.ek@example.org; roll:ordförande", "e-samordnaren (Eva Ek), Eva Ek (eva.ek@example.org) och ordföranden")]
    public async Task Should_WriteRolesInWordsWithTheirHolders_When_AListIsDescribed(string recipients, string expected)
    {
        Assert.Equal(expected, await Names.DescribeAsync(recipients, CaseNumber));
    }

    [Theory]
    [InlineData("roll:beredningsgrupp@Kalix", "beredningsgruppen (Kalix)")]
    [InlineData("ROLL:E-samordnare", "e-samordnaren")]
    [InlineData("roll:projektledare@arendet", "ärendets projektledare")]
    [InlineData("roll:okänd", "rollen okänd")]
    [InlineData("eva.ek@example.org", null)]
    public void Should_WriteTheRoleInWords_When_AnItemIsARole(string item, string? expected)
    {
        Assert.Equal(expected, RecipientNames.RoleText(item));
    }

    private static Participant Person(string id, string name, string email, RoleAssignment role) =>
        new() { Id = id, Name = name, Email = email, Roles = [role] };
}
