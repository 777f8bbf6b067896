using System.Text.Encodings.Web;
using ENamnd.Host.App;
using ENamnd.Host.Features.Cases;
using ENamnd.Host.Features.Cases.Pages;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Benchmarks.Cases;

/// <summary>
/// What the case benchmark measures, each one request's worth of server work on the host's services, and the
/// check that the filled database and the pages hold what the measurements assume.
/// </summary>
public sealed class CaseScenarios(IServiceProvider services, string deepCase, string phase)
{
    /// <summary>What the filtered list searches for: the cases numbered in 2024.</summary>
    public const string Search = "2024/";

    private readonly IDbContextFactory<ENamndDbContext> contexts = services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
    private readonly CaseQueries queries = services.GetRequiredService<CaseQueries>();
    private readonly PageRenderer renderer = new(services);

    /// <summary>Baseline: every case row, newest first, as EF Core reads it without tracking.</summary>
    public async Task CaseRowsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<CaseRow>().AsNoTracking().OrderByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>Baseline: the deep case's row by its number.</summary>
    public async Task CaseRowAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<CaseRow>().AsNoTracking().FirstAsync(r => r.CaseNumber == deepCase, cancellationToken);
    }

    /// <summary>The list page as <c>/arenden</c> renders it: default filters, first page.</summary>
    public Task ListPageAsync(CancellationToken cancellationToken) => RenderListAsync();

    /// <summary>The list query the page makes.</summary>
    public Task ListAsync(CancellationToken cancellationToken) => queries.ListAsync(null, null, cancellationToken);

    /// <summary>The list in a phase with a search, as the page filters it.</summary>
    public async Task FilteredListAsync(CancellationToken cancellationToken) => await FilteredAsync(cancellationToken);

    /// <summary><c>GET /api/cases?phase=…</c>.</summary>
    public Task PhaseListAsync(CancellationToken cancellationToken) => queries.ListAsync(phase, null, cancellationToken);

    /// <summary>The deep case's page as <c>/arenden/{number}</c> renders it.</summary>
    public Task CasePageAsync(CancellationToken cancellationToken) => RenderCaseAsync();

    /// <summary>The case page's query.</summary>
    public Task FindAsync(CancellationToken cancellationToken) => queries.FindAsync(deepCase, cancellationToken);

    /// <summary>Checks the database and the pages before anything is measured; writes what it found.</summary>
    public async Task VerifyAsync(TextWriter log, CancellationToken cancellationToken)
    {
        var all = await queries.ListAsync(null, null, cancellationToken);
        var byStage = Enumerable.Range(0, CasePagesBenchmark.CaseCount).GroupBy(CaseFiller.StageOf).ToDictionary(g => g.Key, g => g.Count());
        Require(all.Count == CasePagesBenchmark.CaseCount, $"the list holds {all.Count} cases");
        Require(all.Count(c => c.Status == CaseStatus.Cancelled) == byStage[CaseFiller.Stage.Cancelled], "the cancelled cases differ");
        Require(all.Count(c => c.Status == CaseStatus.Stopped) == byStage[CaseFiller.Stage.Stopped], "the stopped cases differ");
        Require(all.Count(c => c.Phase == phase && c.Status == CaseStatus.Running) == byStage[CaseFiller.Stage.PreStudy], $"the cases in {phase} differ");
        log.WriteLine("Cases by phase and status: " + string.Join(", ", all.GroupBy(c => $"{c.Phase}/{c.StatusText}").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        var filtered = await FilteredAsync(cancellationToken);
        Require(filtered.Count > 0, "the filtered list is empty");
        var deep = await queries.FindAsync(deepCase, cancellationToken) ?? throw new InvalidOperationException($"Case {deepCase} is missing.");
        log.WriteLine($"Case {deepCase}: {deep.Phase}, {deep.Decisions.Count} decisions, {deep.OpenTasks.Count} open tasks, {deep.Journal.Count} journal lines, {deep.Commitments.Count} commitments.");
        Require(deep.Decisions.Count >= 40, $"case {deepCase} has only {deep.Decisions.Count} decisions");
        var list = await RenderListAsync();
        Require(list.Contains($"av {CasePagesBenchmark.CaseCount}", StringComparison.Ordinal) && list.Contains(all[0].CaseNumber, StringComparison.Ordinal),
            "the list page does not show the first page of all cases");
        var page = await RenderCaseAsync();
        Require(page.Contains(deepCase, StringComparison.Ordinal) && page.Contains(HtmlEncoder.Default.Encode(deep.Decisions[^1].Title), StringComparison.Ordinal),
            "the case page does not show the case and its decisions");
        log.WriteLine($"Rendered: list page {list.Length:#,0} characters, case page {page.Length:#,0} characters.");
    }

    private async Task<IReadOnlyList<CaseSummary>> FilteredAsync(CancellationToken cancellationToken)
    {
        var all = await queries.ListAsync(null, null, cancellationToken);
        return [.. all.Where(c => c.Phase == phase && (c.CaseNumber.Contains(Search, StringComparison.OrdinalIgnoreCase) || c.Title.Contains(Search, StringComparison.OrdinalIgnoreCase))).Take(25)];
    }

    private Task<string> RenderListAsync() => renderer.RenderAsync<CaseListPage>("arenden", new Dictionary<string, object?>());

    private Task<string> RenderCaseAsync() =>
        renderer.RenderAsync<CasePage>(CasePaths.Of(deepCase).TrimStart('/'), new Dictionary<string, object?> { [nameof(CasePage.Id)] = deepCase });

    private static void Require(bool condition, string failure)
    {
        if (!condition) throw new InvalidOperationException($"The case benchmark's check failed: {failure}.");
    }
}
