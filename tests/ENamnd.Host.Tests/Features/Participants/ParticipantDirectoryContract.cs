using ENamnd.Activities.People;
using ENamnd.Host.Features.Participants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Participants;

/// <summary>What the durable participant directory guarantees, on every database it runs on.</summary>
public abstract class ParticipantDirectoryContract : IAsyncLifetime
{
    private DirectoryHarness harness = null!;

    /// <summary>The directory under test.</summary>
    protected EfParticipantDirectory Directory => harness.Directory;

    /// <summary>The harness, for the services around the directory.</summary>
    protected DirectoryHarness Harness => harness;

    /// <summary>A fresh, migrated harness on the database of the subclass.</summary>
    protected abstract Task<DirectoryHarness> StartHarnessAsync();

    public async Task InitializeAsync() => harness = await StartHarnessAsync();

    public virtual async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Should_FindByEmail_When_LetterCaseDiffers()
    {
        await SaveAsync(Person("p1", "Anna.Exempel@Example.org", "2514", new RoleAssignment(Role.Beredningsgrupp)));

        var found = await Directory.FindByEmailAsync("  anna.exempel@EXAMPLE.ORG ");

        Assert.Equal("p1", found?.Id);
        Assert.Equal("Anna.Exempel@Example.org", found?.Email);
    }

    [Fact]
    public async Task Should_AnswerCaseRoleOnlyForThatCase_When_RoleIsScopedToACase()
    {
        await SaveAsync(
            Person("general", "general@example.org", null, new RoleAssignment(Role.Styrgrupp)),
            Person("case-a", "case-a@example.org", "2580", new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1")),
            Person("case-b", "case-b@example.org", "2582", new RoleAssignment(Role.Styrgrupp, "2022/2-2.2.0.1")));

        var forCaseA = await Directory.FindByRoleAsync(Role.Styrgrupp, caseNumber: "2022/1-2.2.0.1");
        var withoutCase = await Directory.FindByRoleAsync(Role.Styrgrupp);

        Assert.Equal(["case-a"], forCaseA.Select(p => p.Id));
        Assert.Equal(["general"], withoutCase.Select(p => p.Id));
    }

    [Fact]
    public async Task Should_AnswerOnlyThatMunicipality_When_MunicipalityGiven()
    {
        await SaveAsync(
            Person("kalix", "kalix@example.org", "2514", new RoleAssignment(Role.Beredningsgrupp)),
            Person("boden", "boden@example.org", "2582", new RoleAssignment(Role.Beredningsgrupp)),
            Person("kalix-ledamot", "kalix-ledamot@example.org", "2514", new RoleAssignment(Role.Ledamot)));

        var found = await Directory.FindByRoleAsync(Role.Beredningsgrupp, "2514");

        Assert.Equal(["kalix"], found.Select(p => p.Id));
    }

    [Fact]
    public async Task Should_SaveNothing_When_EmailIsTakenInAnotherLetterCase()
    {
        await SaveAsync(Person("first", "same@example.org", null));

        var outcome = await Directory.AddAsync([Person("second", "SAME@example.org", null, new RoleAssignment(Role.Sekreterare))]);

        Assert.Equal(ParticipantWriteOutcome.EmailTaken, outcome);
        Assert.Null(await Directory.FindByIdAsync("second"));
        Assert.Empty(await Directory.FindByRoleAsync(Role.Sekreterare));
    }

    [Fact]
    public async Task Should_ReplaceFieldsAndRoles_When_Replaced()
    {
        await SaveAsync(Person("sub", "sub@example.org", null), Person("p", "p@example.org", "2514",
            new RoleAssignment(Role.Beredningsgrupp), new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1")));

        var outcome = await Directory.ReplaceAsync(Person("p", "new@example.org", "2582",
            new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1"), new RoleAssignment(Role.Projektledare)) with { Name = "Nytt Namn", SubstituteId = "sub" });

        var saved = await Directory.FindByIdAsync("p");
        Assert.Equal(ParticipantWriteOutcome.Saved, outcome);
        Assert.Equal(("Nytt Namn", "new@example.org", "2582", "sub"), (saved!.Name, saved.Email, saved.MunicipalityCode, saved.SubstituteId));
        Assert.Equal([new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1"), new RoleAssignment(Role.Projektledare)], saved.Roles.OrderBy(r => r.Role));
        Assert.Empty(await Directory.FindByRoleAsync(Role.Beredningsgrupp));
    }

    [Fact]
    public async Task Should_ReportNotFound_When_ReplacingUnknownParticipant()
    {
        Assert.Equal(ParticipantWriteOutcome.NotFound, await Directory.ReplaceAsync(Person("nobody", "nobody@example.org", null)));
    }

    [Fact]
    public async Task Should_RemovePersonAndRoles_When_Deleted()
    {
        await SaveAsync(Person("p", "p@example.org", "2514", new RoleAssignment(Role.Beredningsgrupp)));

        Assert.True(await Directory.DeleteAsync("p"));

        Assert.Null(await Directory.FindByIdAsync("p"));
        Assert.Empty(await Directory.FindByRoleAsync(Role.Beredningsgrupp, "2514"));
        Assert.False(await Directory.DeleteAsync("p"));
    }

    [Fact]
    public async Task Should_ListWhoHasASubstitute_When_AskedBeforeDeleting()
    {
        await SaveAsync(Person("ersattare", "e@example.org", "2514"), Person("ledamot", "l@example.org", "2514") with { SubstituteId = "ersattare" });

        Assert.Equal(["ledamot"], await Directory.FindSubstitutedByAsync("ersattare"));
    }

    [Fact]
    public async Task Should_SeedDemoPeopleOnce_When_SeededTwice()
    {
        var seeder = ActivatorUtilities.CreateInstance<DemoParticipantSeeder>(Harness.Services, Options.Create(new DemoOptions { SeedParticipants = true }));

        var first = await seeder.SeedAsync();
        var second = await seeder.SeedAsync();

        Assert.Equal((45, 0), (first, second));
        Assert.Equal(45, (await Directory.ListAsync()).Count);
        var ledamot = (await Directory.FindByRoleAsync(Role.Ledamot, "2514")).Single();
        Assert.Equal("ersattare.kalix@example.org", (await Directory.FindByIdAsync(ledamot.SubstituteId!))!.Email);
    }

    [Fact]
    public async Task Should_AnswerEveryLookUpAsTheDirectory_When_ReadFromASnapshot()
    {
        var seeder = ActivatorUtilities.CreateInstance<DemoParticipantSeeder>(Harness.Services, Options.Create(new DemoOptions { SeedParticipants = true }));
        await seeder.SeedAsync();
        await SaveAsync(
            Person("case-a", "Case.A@Example.org", "2514", new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1"), new RoleAssignment(Role.Beredningsgrupp)),
            // The same name as the one before: the id decides the order, in both.
            Person("case-b", "case-b@example.org", "2514", new RoleAssignment(Role.Styrgrupp, "2022/1-2.2.0.1")) with { Name = "Person case-a" });

        var snapshot = await Directory.SnapshotAsync();
        var everyone = await Directory.ListAsync();

        Assert.Equal(everyone.Count, snapshot.Count);
        foreach (var role in Enum.GetValues<Role>())
        foreach (var municipality in new string?[] { null, "2514", "2582" })
        foreach (var caseNumber in new string?[] { null, "2022/1-2.2.0.1" })
        {
            Assert.Equal(
                (await Directory.FindByRoleAsync(role, municipality, caseNumber)).Select(p => p.Id),
                (await snapshot.FindByRoleAsync(role, municipality, caseNumber)).Select(p => p.Id));
        }
        foreach (var email in everyone.Select(p => $" {p.Email.ToUpperInvariant()} ").Append("okand@example.org"))
            Assert.Equal((await Directory.FindByEmailAsync(email))?.Id, (await snapshot.FindByEmailAsync(email))?.Id);
        foreach (var id in everyone.Select(p => p.Id).Append("okand"))
            Assert.Equal(Describe(await Directory.FindByIdAsync(id)), Describe(await snapshot.FindByIdAsync(id)));
    }

    private async Task SaveAsync(params Participant[] participants) =>
        Assert.Equal(ParticipantWriteOutcome.Saved, await Directory.AddAsync(participants));

    private static string? Describe(Participant? p) => p is null
        ? null
        : $"{p.Id}|{p.Name}|{p.Email}|{p.MunicipalityCode}|{p.SubstituteId}|{string.Join(",", p.Roles.Select(r => $"{r.Role}@{r.CaseNumber}"))}";

    private static Participant Person(string id, string email, string? municipalityCode, params RoleAssignment[] roles) =>
        new() { Id = id, Name = $"Person {id}", Email = email, MunicipalityCode = municipalityCode, Roles = roles };
}
