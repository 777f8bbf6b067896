using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// Creating a case at its crash point: the case row and its main process's first step are one commit, so a
/// host that dies in between leaves neither, and a retried request creates the case whole.
/// </summary>
public class CaseServiceTests
{
    private static readonly CreateCaseRequest Request = new()
    {
        Title = "Gemensam e-arkivtjänst",
        CaseNumber = "2022/70-2.2.0.1",
        InitiatingMunicipalities = ["Luleå", "Kalix"],
    };

    [Fact]
    public async Task Should_LeaveNoOrphanCaseAndCreateItOnRetry_When_TheHostDiesWhileTheMainProcessStarts()
    {
        var crash = new FailingSave(Request.CaseNumber!, db => throw new IOException("Simulated crash: the host died before the commit."));
        using var host = new TaskHostFactory { ConfigureServices = s => s.ConfigureDbContext<ENamndDbContext>(o => o.AddInterceptors(crash)) };
        var cases = host.Services.GetRequiredService<CaseService>();

        await Assert.ThrowsAsync<IOException>(() => cases.CreateAsync(Request, CancellationToken.None));

        Assert.Empty(await CasesAsync(host));
        var retried = await cases.CreateAsync(Request, CancellationToken.None);

        Assert.Equal(CommandStatus.Done, retried.Status);
        var row = Assert.Single(await CasesAsync(host));
        var main = await host.Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(row.InstanceId);
        Assert.Equal(Request.CaseNumber, main?.CorrelationId);
    }

    [Fact]
    public async Task Should_AnswerConflictInSwedishAndKeepNothing_When_TheUniqueIndexRefusesTheNumberAtCommit()
    {
        // The other request's case reaches the unique index first: here, within the same save.
        var race = new FailingSave(Request.CaseNumber!, db =>
            db.Add(new CaseRow { Id = "annan", CaseNumber = Request.CaseNumber!, Title = "Annan", InstanceId = "annan", CreatedAt = DateTimeOffset.UnixEpoch }));
        using var host = new TaskHostFactory { ConfigureServices = s => s.ConfigureDbContext<ENamndDbContext>(o => o.AddInterceptors(race)) };

        var result = await host.Services.GetRequiredService<CaseService>().CreateAsync(Request, CancellationToken.None);

        Assert.Equal(CommandStatus.Conflict, result.Status);
        Assert.Contains("finns redan", result.Errors[0]);
        Assert.Empty(await CasesAsync(host));
        var running = await host.Services.GetRequiredService<IWorkflowInstanceStore>().ListAsync(new WorkflowInstanceFilter(CorrelationId: Request.CaseNumber));
        Assert.Empty(running);
    }

    private static async Task<List<CaseRow>> CasesAsync(TaskHostFactory host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Set<CaseRow>().AsNoTracking().Where(r => r.CaseNumber == Request.CaseNumber).ToListAsync();
    }

    // Runs an action once, at the save that writes the first step of the case's main process.
    private sealed class FailingSave(string caseNumber, Action<DbContext> action) : SaveChangesInterceptor
    {
        private int fired;

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            var startsMain = db.ChangeTracker.Entries<InstanceRow>().Any(e => e.State == EntityState.Added && e.Entity.CorrelationId == caseNumber);
            if (startsMain && Interlocked.Exchange(ref fired, 1) == 0) action(db);
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
