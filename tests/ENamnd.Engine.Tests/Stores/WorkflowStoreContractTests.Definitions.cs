using ENamnd.Engine.Model;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    [Fact]
    public async Task Should_FindVersionById_When_Saved()
    {
        var store = await CreateDefinitionStoreAsync();
        var definition = NewDefinition(NewId("kontrakt"), 1, isLatest: true, isPublished: true);

        await store.SaveAsync(definition);

        AssertSameDefinition(definition, await store.FindByIdAsync(definition.Id));
        Assert.Null(await store.FindByIdAsync(NewId("saknas")));
    }

    [Fact]
    public async Task Should_ReplaceVersion_When_SavedAgainWithSameId()
    {
        var store = await CreateDefinitionStoreAsync();
        var definitionId = NewId("kontrakt");
        await store.SaveAsync(NewDefinition(definitionId, 1, isLatest: true, isPublished: false));
        var changed = NewDefinition(definitionId, 1, isLatest: true, isPublished: true);
        changed.Name = "Ändrad";

        await store.SaveAsync(changed);

        var found = await store.FindByIdAsync(changed.Id);
        AssertSameDefinition(changed, found);
        Assert.Single(await store.ListAsync(definitionId, VersionOptions.AllVersions));
    }

    [Fact]
    public async Task Should_SelectVersion_When_FindingWithVersionOptions()
    {
        var store = await CreateDefinitionStoreAsync();
        var definitionId = NewId("kontrakt");
        await store.SaveAsync(NewDefinition(definitionId, 1, isLatest: false, isPublished: false));
        await store.SaveAsync(NewDefinition(definitionId, 2, isLatest: false, isPublished: true));
        await store.SaveAsync(NewDefinition(definitionId, 3, isLatest: true, isPublished: false));
        await store.SaveAsync(NewDefinition(NewId("annan"), 9, isLatest: true, isPublished: true));

        Assert.Equal(3, (await store.FindAsync(definitionId, VersionOptions.Latest))?.Version);
        Assert.Equal(2, (await store.FindAsync(definitionId, VersionOptions.Published))?.Version);
        Assert.Equal(3, (await store.FindAsync(definitionId, VersionOptions.LatestOrPublished))?.Version);
        Assert.Null(await store.FindAsync(definitionId, VersionOptions.LatestAndPublished));
        Assert.Equal(3, (await store.FindAsync(definitionId, VersionOptions.Draft))?.Version);
        Assert.Equal(3, (await store.FindAsync(definitionId, VersionOptions.AllVersions))?.Version);
        Assert.Equal(1, (await store.FindAsync(definitionId, VersionOptions.SpecificVersion(1)))?.Version);
        Assert.Null(await store.FindAsync(definitionId, VersionOptions.SpecificVersion(4)));
        Assert.Null(await store.FindAsync(NewId("saknas"), VersionOptions.Latest));
    }

    [Fact]
    public async Task Should_ListNewestFirst_When_VersionsWereSavedOutOfOrder()
    {
        var store = await CreateDefinitionStoreAsync();
        var definitionId = NewId("kontrakt");
        await store.SaveAsync(NewDefinition(definitionId, 2, isLatest: false, isPublished: true));
        await store.SaveAsync(NewDefinition(definitionId, 1, isLatest: false, isPublished: false));
        await store.SaveAsync(NewDefinition(definitionId, 3, isLatest: true, isPublished: false));

        var all = await store.ListAsync(definitionId, VersionOptions.AllVersions);
        var drafts = await store.ListAsync(definitionId, VersionOptions.Draft);
        var everyDefinition = await store.ListAsync(null, VersionOptions.AllVersions);

        Assert.Equal([3, 2, 1], all.Select(d => d.Version));
        Assert.All(all, d => Assert.Equal(definitionId, d.DefinitionId));
        Assert.Equal([3, 1], drafts.Select(d => d.Version));
        Assert.Equal([3, 2, 1], everyDefinition.Where(d => d.DefinitionId == definitionId).Select(d => d.Version));
    }

    [Fact]
    public async Task Should_DeleteOnlyThatVersion_When_VersionIsDeleted()
    {
        var store = await CreateDefinitionStoreAsync();
        var definitionId = NewId("kontrakt");
        var first = NewDefinition(definitionId, 1, isLatest: false, isPublished: true);
        var second = NewDefinition(definitionId, 2, isLatest: true, isPublished: false);
        await store.SaveAsync(first);
        await store.SaveAsync(second);

        Assert.True(await store.DeleteVersionAsync(first.Id));

        Assert.Null(await store.FindByIdAsync(first.Id));
        Assert.Null(await store.FindAsync(definitionId, VersionOptions.Published));
        Assert.Equal([2], (await store.ListAsync(definitionId, VersionOptions.AllVersions)).Select(d => d.Version));
        Assert.False(await store.DeleteVersionAsync(first.Id));
    }
}
