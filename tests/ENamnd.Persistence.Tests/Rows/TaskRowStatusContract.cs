using ENamnd.Activities.Tasks;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Rows;

/// <summary>
/// How a task's <see cref="HumanTaskStatus"/> lies in the <c>tasks.status</c> column on every database: as its name, the
/// spelling the CHECK constraint of migration 0002 allows and rows written before the enum hold.
/// </summary>
public abstract class TaskRowStatusContract : IAsyncLifetime
{
    private PersistenceHarness harness = null!;

    /// <summary>The database the test runs on.</summary>
    protected abstract Task<DatabaseSettings> DatabaseAsync();

    public async Task InitializeAsync() => harness = await PersistenceHarness.StartAsync(await DatabaseAsync());

    public virtual async Task DisposeAsync() => await harness.DisposeAsync();

    [Theory]
    [InlineData(HumanTaskStatus.Open, "Open")]
    [InlineData(HumanTaskStatus.Decided, "Decided")]
    [InlineData(HumanTaskStatus.Cancelled, "Cancelled")]
    [InlineData(HumanTaskStatus.Escalated, "Escalated")]
    [InlineData(HumanTaskStatus.TimedOut, "TimedOut")]
    public async Task Should_StoreTheName_When_ATaskIsSavedWithAStatus(HumanTaskStatus status, string stored)
    {
        await SaveAsync(Row("t1", status));

        Assert.Equal(stored, await StoredStatusAsync("t1"));
        await using var db = await ContextAsync();
        Assert.Equal(status, (await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == "t1")).Status);
    }

    [Fact]
    public async Task Should_ReadTheStatus_When_TheColumnWasWrittenAsText()
    {
        await SaveAsync(Row("t1", HumanTaskStatus.Open));
        await using (var db = await ContextAsync())
            await db.Database.ExecuteSqlRawAsync("UPDATE tasks SET status = 'Escalated' WHERE id = 't1'");

        await using var read = await ContextAsync();
        Assert.Equal(HumanTaskStatus.Escalated, (await read.Tasks.AsNoTracking().SingleAsync(t => t.Id == "t1")).Status);
    }

    [Fact]
    public async Task Should_FilterAndUpdateByStatus_When_QueryingInTheDatabase()
    {
        await SaveAsync(Row("t1", HumanTaskStatus.Open), Row("t2", HumanTaskStatus.Decided), Row("t3", HumanTaskStatus.Open));
        await using var db = await ContextAsync();

        var updated = await db.Tasks.Where(t => t.Id == "t3" && t.Status == HumanTaskStatus.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, HumanTaskStatus.TimedOut));
        var open = await db.Tasks.AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open).Select(t => t.Id).ToListAsync();

        Assert.Equal(1, updated);
        Assert.Equal(["t1"], open);
        Assert.Equal("TimedOut", await StoredStatusAsync("t3"));
    }

    private async Task<ENamndDbContext> ContextAsync() =>
        await harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();

    private async Task SaveAsync(params TaskRow[] rows)
    {
        await using var db = await ContextAsync();
        db.Tasks.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private async Task<string> StoredStatusAsync(string id)
    {
        await using var db = await ContextAsync();
        return await db.Database.SqlQueryRaw<string>("SELECT status AS \"Value\" FROM tasks WHERE id = {0}", id).SingleAsync();
    }

    private static TaskRow Row(string id, HumanTaskStatus status) => new()
    {
        Id = id,
        InstanceId = "i1",
        BookmarkId = "b-" + id,
        Kind = "approval",
        Title = "Godkännande",
        Question = "Godkänner du?",
        RecipientEmail = "ledamot@example.org",
        ExpiresAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
        OpenedAt = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
        Status = status,
        TokenHash = "hash-" + id,
    };
}
