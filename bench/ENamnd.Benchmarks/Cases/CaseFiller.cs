using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Municipalities;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Tasks;
using ENamnd.Http;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using ENamnd.Workflows.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Cases;

/// <summary>
/// Fills the host's database with cases the way the coordinator and the participants make them: each case is
/// started by <see cref="CaseService"/> (its main process and first phase run in the engine) and moved on by
/// answering its open tasks through <see cref="TaskCompletion"/>, the path the task links and the case page use.
/// Of every 20 cases (by number): 1 is cancelled; 5 reach the pre-study (every 100th of them goes on to the
/// development project, with a history of about 60 decisions); 1 is stopped because no municipality is interested;
/// 7 wait on the municipalities' interest, half of them answered; 6 wait on the needs analysis.
/// </summary>
public sealed class CaseFiller(IServiceProvider services, int parallelism)
{
    /// <summary>What the filler made, by stage.</summary>
    public enum Stage
    {
        /// <summary>Started; the needs analysis is open.</summary>
        Fresh,

        /// <summary>Waiting on the municipalities' interest, half of them answered.</summary>
        Interest,

        /// <summary>In the pre-study, its first approval open.</summary>
        PreStudy,

        /// <summary>In the development project, after a whole pre-study.</summary>
        Development,

        /// <summary>Stopped: no municipality was interested.</summary>
        Stopped,

        /// <summary>Cancelled by the coordinator.</summary>
        Cancelled,
    }

    private const string Channel = TaskChannels.App;
    private static readonly IReadOnlyList<Municipality> All = MunicipalityRegistry.Default.All;

    private static readonly string[] Subjects =
    [
        "E-arkiv", "Digital signering", "Bygglovshandläggning", "Skolplattform", "Ekonomisystem", "Ärendehantering för socialtjänsten",
        "Växel och kontaktcenter", "Medborgarkonto", "Lönesystem", "Bokningssystem för lokaler", "Geografiskt informationssystem",
        "Trygghetslarm", "Upphandlingsverktyg", "Dokumenthantering", "Chattfunktion för kundtjänst", "Elevhälsojournal",
    ];

    private static readonly string[] Kinds = ["Gemensam", "Samordnad upphandling av", "Förstudie om", "Införande av", "Ny version av"];

    private readonly CaseService cases = services.GetRequiredService<CaseService>();
    private readonly TaskCompletion tasks = services.GetRequiredService<TaskCompletion>();
    private readonly IDbContextFactory<ENamndDbContext> contexts = services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();

    /// <summary>The stage case <paramref name="index"/> is brought to.</summary>
    public static Stage StageOf(int index) => (index % 20) switch
    {
        0 => Stage.Cancelled,
        >= 1 and <= 5 => index % 100 == 1 ? Stage.Development : Stage.PreStudy,
        6 => Stage.Stopped,
        >= 7 and <= 13 => Stage.Interest,
        _ => Stage.Fresh,
    };

    /// <summary>The case number of case <paramref name="index"/>.</summary>
    public static string NumberOf(int index) => $"{2023 + index / 400}/{index % 400 + 1}-2.2.0.1";

    /// <summary>Starts and moves <paramref name="count"/> cases; <paramref name="progress"/> hears of every hundredth.</summary>
    public async Task FillAsync(int count, Action<int> progress, CancellationToken cancellationToken)
    {
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), options, async (index, token) =>
        {
            await MakeAsync(index, token);
            if (Interlocked.Increment(ref done) % 100 == 0) progress(done);
        });
    }

    private async Task MakeAsync(int index, CancellationToken cancellationToken)
    {
        var number = NumberOf(index);
        var started = await cases.CreateAsync(new CreateCaseRequest
        {
            CaseNumber = number,
            Title = $"{Kinds[index % Kinds.Length]} {Subjects[index * 7 % Subjects.Length].ToLowerInvariant()}",
            Description = "Idé från kommunernas IT-chefer, beredd i beredningsgruppen.",
            InitiatingMunicipalities = [All[index % All.Count].Name, All[(index + 5) % All.Count].Name],
        }, cancellationToken);
        if (started.Status != CommandStatus.Done) throw new InvalidOperationException($"Case {number} did not start: {string.Join(" ", started.Errors)}");
        var joins = Joiners(index);
        switch (StageOf(index))
        {
            case Stage.Cancelled:
                Require(await cases.CancelAsync(number, "Idén drogs tillbaka av de initierande kommunerna.", cancellationToken), number);
                break;
            case Stage.Stopped:
                await AnswerAsync(number, AssignTask.TaskKind, _ => AssignTask.Done, cancellationToken);
                await AnswerAsync(number, CollectMunicipalDecisions.TaskKind, _ => CollectMunicipalDecisions.Decline, cancellationToken);
                break;
            case Stage.Interest:
                await AnswerAsync(number, AssignTask.TaskKind, _ => AssignTask.Done, cancellationToken);
                await AnswerAsync(number, CollectMunicipalDecisions.TaskKind, joins, cancellationToken, limit: All.Count / 2);
                break;
            case Stage.PreStudy or Stage.Development:
                await QualifyAsync(number, joins, cancellationToken);
                if (StageOf(index) == Stage.Development) await PreStudyAsync(number, joins, cancellationToken);
                break;
        }
    }

    // Kvalificering av idé to its end: the needs analysis, the interest, the directive and the decision to start the pre-study.
    private async Task QualifyAsync(string number, Func<TaskRow, string> joins, CancellationToken cancellationToken)
    {
        await AnswerAsync(number, AssignTask.TaskKind, _ => AssignTask.Done, cancellationToken);
        await AnswerAsync(number, CollectMunicipalDecisions.TaskKind, joins, cancellationToken);
        await AnswerAsync(number, AssignTask.TaskKind, _ => AssignTask.Done, cancellationToken);
        await AnswerAsync(number, ApprovalOutcomes.TaskKind, _ => ApprovalOutcomes.Approved, cancellationToken);
    }

    // Förstudie to its end, as in the idea-to-management scenario: the municipalities decide with a reference, the
    // joiners commit, the report is written and approved, and the committee decides to start the project.
    private async Task PreStudyAsync(string number, Func<TaskRow, string> joins, CancellationToken cancellationToken)
    {
        await AnswerAsync(number, ApprovalOutcomes.TaskKind, _ => ApprovalOutcomes.Approved, cancellationToken);
        await AnswerAsync(number, CollectMunicipalDecisions.TaskKind, joins, cancellationToken, reference: "KS 2024-02-14 § 21");
        await AnswerAsync(number, CollectGuaranteeCommitments.TaskKind, _ => CollectGuaranteeCommitments.Commit, cancellationToken);
        await AnswerAsync(number, AssignTask.TaskKind, _ => AssignTask.Done, cancellationToken);
        await AnswerAsync(number, ApprovalOutcomes.TaskKind, _ => ApprovalOutcomes.Approved, cancellationToken);
        await AnswerAsync(number, CollectMunicipalDecisions.TaskKind, joins, cancellationToken, reference: "KS 2024-04-10 § 33");
        await AnswerAsync(number, AwaitCommitteeDecision.TaskKind, _ => AwaitCommitteeDecision.Approved, cancellationToken, reference: "§ 12");
    }

    // Six of the fourteen municipalities are interested, a different six for each case.
    private static Func<TaskRow, string> Joiners(int index)
    {
        var joining = Enumerable.Range(index, 6).Select(i => All[i % All.Count].Code).ToHashSet(StringComparer.Ordinal);
        return task => task.MunicipalityCode is { } code && joining.Contains(code) ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline;
    }

    // Answers the case's open tasks of a kind (at most limit of them) as the policy says; there must be at least one.
    private async Task AnswerAsync(string number, string kind, Func<TaskRow, string> outcome, CancellationToken cancellationToken, int limit = int.MaxValue, string? reference = null)
    {
        List<TaskRow> open;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            open = await db.Tasks.AsNoTracking().Where(t => t.CaseNumber == number && t.Kind == kind && t.Status == HumanTaskStatus.Open)
                .OrderBy(t => t.OpenedAt).ThenBy(t => t.Id).Take(limit).ToListAsync(cancellationToken);
        }
        if (open.Count == 0) throw new InvalidOperationException($"Case {number} has no open {kind} task to answer.");
        foreach (var task in open)
        {
            var fields = TaskCompletion.FieldsOf(task).Where(f => f.Required).ToDictionary(f => f.Name, _ => "Enligt plan");
            var answer = new TaskAnswer(null, outcome(task), null, task.AsksForReference ? reference ?? "Beslut 2024-01-20 § 4" : null, fields);
            var result = await tasks.CompleteOnBehalfAsync(task.Id, answer, Channel, cancellationToken);
            if (result.Access != TaskAccess.Decided)
                throw new InvalidOperationException($"Answering {kind} task {task.Id} of case {number} gave {result.Access}: {result.Error}");
        }
    }

    private static void Require(CommandResult<string> result, string number)
    {
        if (result.Status != CommandStatus.Done) throw new InvalidOperationException($"Case {number}: {result.Status} {string.Join(" ", result.Errors)}");
    }
}
