using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Stores;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Cases;
using ENamnd.Workflows.Process;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// The case list reads only its main processes' status and variables; what it lists, and what its phase and status
/// filters keep, must be what the whole stored state of each main process says.
/// </summary>
public class CaseQueriesTests(TaskHostFactory host) : IClassFixture<TaskHostFactory>
{
    private static readonly string[] Numbers = ["2021/901-2.2.0.1", "2021/902-2.2.0.1", "2021/903-2.2.0.1", "2021/904-2.2.0.1", "2021/905-2.2.0.1"];

    [Fact]
    public async Task Should_ListAndFilterEachCaseAsItsWholeMainProcessSays_When_CasesStandInDifferentPhasesAndStatuses()
    {
        await StartAsync(Numbers[0]);
        await StartAsync(Numbers[1]);
        await AnswerAsync(Numbers[1], AssignTask.TaskKind, _ => AssignTask.Done);
        await StartAsync(Numbers[2]);
        await AnswerAsync(Numbers[2], AssignTask.TaskKind, _ => AssignTask.Done);
        await AnswerAsync(Numbers[2], CollectMunicipalDecisions.TaskKind, _ => CollectMunicipalDecisions.Decline);
        await StartAsync(Numbers[3]);
        await AnswerAsync(Numbers[3], AssignTask.TaskKind, _ => AssignTask.Done);
        await AnswerAsync(Numbers[3], CollectMunicipalDecisions.TaskKind, t => t.MunicipalityCode is "2580" or "2582" or "2583" ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await AnswerAsync(Numbers[3], AssignTask.TaskKind, _ => AssignTask.Done);
        await AnswerAsync(Numbers[3], ApprovalOutcomes.TaskKind, _ => ApprovalOutcomes.Approved);
        await StartAsync(Numbers[4]);
        Assert.Equal(CommandStatus.Done, (await Cases.CancelAsync(Numbers[4], "Dras tillbaka.", CancellationToken.None)).Status);
        var queries = host.Services.GetRequiredService<CaseQueries>();
        var expected = await ExpectedAsync();

        var listed = Ours(await queries.ListAsync(null, null, CancellationToken.None));

        Assert.Equal(expected, listed);
        Assert.Equal(
            ["Förstudie/Running", "Kvalificering av idé/Cancelled", "Kvalificering av idé/Running", "Kvalificering av idé/Running", "Kvalificering av idé/Stopped"],
            listed.Select(c => $"{c.Phase}/{c.Status}").Order());
        foreach (var phase in new[] { "Förstudie", "förstudie", ProcessIds.PreStudy, "Kvalificering av idé", ProcessIds.Qualification, "Realisering" })
            Assert.Equal(expected.Where(c => c.Phase.Equals(ProcessIds.NameOf(phase), StringComparison.OrdinalIgnoreCase) || c.Phase.Equals(phase, StringComparison.OrdinalIgnoreCase)),
                Ours(await queries.ListAsync(phase, null, CancellationToken.None)));
        foreach (var status in Enum.GetValues<CaseStatus>())
            Assert.Equal(expected.Where(c => c.Status == status), Ours(await queries.ListAsync(null, status, CancellationToken.None)));
    }

    private CaseService Cases => host.Services.GetRequiredService<CaseService>();

    private static List<Listed> Ours(IEnumerable<CaseSummary> cases) =>
        [.. cases.Where(c => Numbers.Contains(c.CaseNumber)).Select(c => new Listed(c.CaseNumber, c.Phase, c.Status, c.StatusText, string.Join(",", c.Participants.Select(p => p.Code))))];

    // What each case's whole main process says, newest case first as the list orders them.
    private async Task<List<Listed>> ExpectedAsync()
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<CaseRow>().AsNoTracking().Where(r => Numbers.Contains(r.CaseNumber)).ToListAsync();
        var store = host.Services.GetRequiredService<IWorkflowInstanceStore>();
        var expected = new List<Listed>();
        foreach (var row in rows.OrderByDescending(r => r.CreatedAt))
        {
            var main = (await store.FindAsync(row.InstanceId))!;
            var (status, text, _) = CaseQueries.StatusOf(row, main);
            var participants = ValueConverter.Convert<List<string>>(main.Variables[ProcessVariables.Participants]) ?? [];
            expected.Add(new Listed(row.CaseNumber, ValueConverter.Convert<string>(main.Variables[ProcessVariables.Phase]) ?? "", status, text, string.Join(",", participants)));
        }
        return expected;
    }

    private async Task StartAsync(string number)
    {
        var started = await Cases.CreateAsync(new CreateCaseRequest { CaseNumber = number, Title = $"Listad {number}", InitiatingMunicipalities = ["Luleå", "Boden"] }, CancellationToken.None);
        Assert.Equal(CommandStatus.Done, started.Status);
        // Cases started within the same millisecond would have no order to compare.
        host.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    // Answers every open task of a kind, as the coordinator does on the case page.
    private async Task AnswerAsync(string number, string kind, Func<TaskRow, string> outcome)
    {
        List<TaskRow> open;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync())
            open = await db.Tasks.AsNoTracking().Where(t => t.CaseNumber == number && t.Kind == kind && t.Status == HumanTaskStatus.Open).ToListAsync();
        Assert.NotEmpty(open);
        var completion = host.Services.GetRequiredService<TaskCompletion>();
        foreach (var task in open)
            Assert.Equal(TaskAccess.Decided, (await completion.CompleteOnBehalfAsync(task.Id, new TaskAnswer(null, outcome(task), null, null), TaskChannels.App, CancellationToken.None)).Access);
    }

    private sealed record Listed(string CaseNumber, string Phase, CaseStatus Status, string StatusText, string Participants);
}
