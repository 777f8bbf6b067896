using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Tests.Stores;

public abstract partial class WorkflowStoreContractTests
{
    /// <summary>The resume token store backed by the same storage as <paramref name="stores"/>.</summary>
    protected abstract IResumeTokenStore ResumeTokensOf(WorkflowStateStores stores);

    [Fact]
    public async Task Should_FindTokenByHash_When_ItsStepIsCommitted()
    {
        var stores = await CreateStateStoresAsync();
        var tokens = ResumeTokensOf(stores);
        var (instance, token) = await CommitTokenAsync(stores, Now.AddDays(30));

        var found = await tokens.FindAsync(token.Hash);

        Assert.Equal(token, found);
        Assert.Equal(instance.Id, found!.InstanceId);
        Assert.Null(await tokens.FindAsync(ResumeTokens.HashOf(ResumeTokens.New())));
    }

    [Fact]
    public async Task Should_LetExactlyOneUseWin_When_TokenUsedConcurrently()
    {
        var stores = await CreateStateStoresAsync();
        var tokens = ResumeTokensOf(stores);
        var (_, token) = await CommitTokenAsync(stores, Now.AddDays(30));

        var uses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => tokens.TryUseAsync(token.Hash, Now.AddHours(1)))));
        var later = await tokens.TryUseAsync(token.Hash, Now.AddHours(2));

        Assert.Equal(1, uses.Count(u => u));
        Assert.False(later);
        Assert.Equal(Now.AddHours(1), (await tokens.FindAsync(token.Hash))!.UsedAt);
    }

    [Fact]
    public async Task Should_RefuseUse_When_TokenExpiredOrUnknown()
    {
        var stores = await CreateStateStoresAsync();
        var tokens = ResumeTokensOf(stores);
        var (_, token) = await CommitTokenAsync(stores, Now.AddDays(1));

        Assert.False(await tokens.TryUseAsync(token.Hash, Now.AddDays(1)));
        Assert.False(await tokens.TryUseAsync(ResumeTokens.HashOf(ResumeTokens.New()), Now));
        Assert.Null((await tokens.FindAsync(token.Hash))!.UsedAt);
    }

    [Fact]
    public async Task Should_AllowUseAgain_When_UseReleased()
    {
        var stores = await CreateStateStoresAsync();
        var tokens = ResumeTokensOf(stores);
        var (_, token) = await CommitTokenAsync(stores, Now.AddDays(30));

        Assert.True(await tokens.TryUseAsync(token.Hash, Now.AddHours(1)));
        await tokens.ReleaseAsync(token.Hash);

        Assert.Null((await tokens.FindAsync(token.Hash))!.UsedAt);
        Assert.True(await tokens.TryUseAsync(token.Hash, Now.AddHours(2)));
    }

    // A running instance whose first step stored one event token.
    private static async Task<(WorkflowInstance Instance, ResumeToken Token)> CommitTokenAsync(WorkflowStateStores stores, DateTimeOffset expiresAt)
    {
        var instance = NewInstance(NewId("kontrakt"), NewId("NBD"), Now);
        var token = new ResumeToken
        {
            Hash = ResumeTokens.HashOf(ResumeTokens.New()),
            Kind = ResumeTokens.EventKind,
            Target = "Avtal signerat",
            InstanceId = instance.Id,
            CreatedAt = Now,
            ExpiresAt = expiresAt,
        };
        var record = new StepRecord(ResumeTokens.RecordKind, (JsonObject)ValueConverter.ToNode(token)!);
        await stores.CommitAsync(FirstStep(instance) with { Records = [record] });
        return (instance, token);
    }
}
