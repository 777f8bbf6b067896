using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Persistence.Tests.Migrations;

/// <summary>
/// Migration 0032 rewrites the step of stored main processes that takes over a phase's output, so that it reads the
/// output from Elsa's ExecuteWorkflowResult (and still from a bare output); run against each provider by a subclass.
/// </summary>
public abstract class PhaseResultMigrationContract
{
    // The step as the main process wrote it before ExecuteWorkflow's result took Elsa's shape (its other members cut).
    private const string StoredStep = "(() => { const r = getVariable('resultat') ?? {}; return r.deltagare ?? getVariable('deltagare'); })()";

    /// <summary>A migrated database of the provider under test.</summary>
    protected abstract Task<PersistenceHarness> StartAsync();

    [Theory]
    [InlineData("({ workflowInstanceId: 'barn-1', status: 'Finished', subStatus: 'Finished', output: { beslut: 'fortsatt', deltagare: ['Boden', 'Luleå'] } })")]
    [InlineData("({ beslut: 'fortsatt', deltagare: ['Boden', 'Luleå'] })")]
    public async Task Should_TakeThePhasesOutputOutOfItsResult_When_Migration32RewritesAStoredMainProcess(string phaseResult)
    {
        await using var harness = await StartAsync();
        var definition = new WorkflowBuilder($"migrering-0032-{Guid.NewGuid():N}", "Migrering 0032")
            .WithVariable<object>("resultat").WithVariable<object>("deltagare")
            .Build(new Sequence(
                new SetVariable("resultat", new Input<object>(Expression.JavaScript(phaseResult))),
                new SetVariable("deltagare", new Input<object>(Expression.JavaScript(StoredStep))) { Id = "ResultatFas" },
                new WriteLine(new Input<string>(Expression.JavaScript("getVariable('resultat').beslut + ': ' + getVariable('deltagare').join(', ')")))));
        await harness.Definitions.SaveAsync(definition);
        var contexts = harness.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            // As stored before: the serializer escapes quotes and '>', which the migration's text must match.
            Assert.Contains(@"const r = getVariable(\u0027resultat\u0027) ?? {};", await JsonOfAsync(db, definition.Id));
            await db.Database.ExecuteSqlRawAsync("DELETE FROM schema_migrations WHERE version = 32");
        }

        var applied = await harness.Services.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        var run = await harness.Services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest(definition.DefinitionId));

        Assert.Equal(1, applied);
        Assert.Equal(WorkflowSubStatus.Finished, run.Instance.SubStatus);
        Assert.Equal(["fortsatt: Boden, Luleå"], run.Instance.Messages());
        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.DoesNotContain(@"const r = getVariable(\u0027resultat\u0027) ?? {};", await JsonOfAsync(db, definition.Id));
        }
    }

    private static async Task<string> JsonOfAsync(ENamndDbContext db, string id) =>
        (await db.Definitions.AsNoTracking().SingleAsync(d => d.Id == id)).Json;
}
