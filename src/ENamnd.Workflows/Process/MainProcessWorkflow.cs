using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using static ENamnd.Workflows.Process.ProcessVariables;

namespace ENamnd.Workflows.Process;

/// <summary>
/// The main process (huvudprocess): idea qualification → pre-study → development project → procurement →
/// rollout → management, each a subprocess run with <c>Elsa.ExecuteWorkflow</c>. The decision that ends a
/// phase says whether the case goes on or stops; after procurement a local rollout goes straight to
/// management, and at contract end a new project starts again with idea qualification. The participants
/// are carried from phase to phase, and each subprocess runs the version pinned when the case started.
/// </summary>
public sealed class MainProcessWorkflow : ICodeWorkflow
{
    /// <inheritdoc />
    public string DefinitionId => ProcessIds.MainProcess;

    /// <inheritdoc />
    public WorkflowDefinition Build()
    {
        var chart = new Flowchart { Id = "Flow" };
        var start = new Start { Id = "Start" };
        var init = Steps.Compute("Initiativ", Participants, $"getInput('{Initiators}') ?? []").Shown("Initierande kommuner");
        chart.Connect(start, init);
        var stop = Steps.Compute("Stoppad", Result,
            $"'Stoppad i ' + getVariable('{Phase}').toLowerCase() + ((getVariable('{PhaseOutput}') ?? {{}}).{StopReason} ? ': ' + getVariable('{PhaseOutput}').{StopReason} : '')")
            .Shown("Ärendet stoppas");
        var stopped = Steps.Notice("MeddelaStopp", Steps.CasePeople, "Ärendet har stoppats",
            $"Ärendet ”{Steps.CaseTitle}” har stoppats i fasen {{{{ Variables.{Phase} }}}}.\n\n{{{{ Variables.{Result} }}}}\n\nInga fler frågor skickas ut i ärendet. Frågor om beslutet besvaras av e-samordnaren.");
        var done = Steps.Set("Avslutad", Result, "Avslutad").Shown("Ärendet avslutas");
        var ended = Steps.Notice("MeddelaAvslut", Steps.CasePeople, "Ärendet är avslutat",
            $"Ärendet ”{Steps.CaseTitle}” är avslutat: nämnden beslutade vid avtalsslut att inte gå vidare med ett nytt projekt. Tack för arbetet i ärendet!");
        chart.Connect(stop, stopped).Connect(done, ended);
        var phases = ProcessIds.Phases.Select(p => BuildPhase(chart, p.Id, p.Name)).ToList();
        chart.Connect(init, phases[0].Entry);
        for (var i = 0; i < phases.Count; i++)
        {
            var (_, route) = phases[i];
            chart.Connect(route, stop, FlowSwitch.Default);
            if (i + 1 < phases.Count)
            {
                // The case's people hear when a phase is done and what comes next.
                var (_, name) = ProcessIds.Phases[i];
                var next = ProcessIds.Phases[i + 1].Name;
                var notice = Steps.Notice($"Klar{ProcessIds.Phases[i].Id}", Steps.CasePeople, $"{name} är klar",
                    $"Fasen {name.ToLowerInvariant()} i ärendet ”{Steps.CaseTitle}” är klar, och ärendet går vidare till {next.ToLowerInvariant()}. "
                    + "De kommuner som deltar får frågor och uppgifter i den nya fasen med e-post som vanligt.");
                chart.Connect(route, notice, Process.PhaseDecisions.Continue).Connect(notice, phases[i + 1].Entry);
            }
        }
        // After procurement: a local rollout goes straight to management of the contract.
        chart.Connect(phases[3].Route, phases[5].Entry, Process.PhaseDecisions.LocalRollout);
        // At contract end: a new project for the same need, or the case is done.
        chart.Connect(phases[5].Route, phases[0].Entry, Process.PhaseDecisions.NewProject);
        chart.Connect(phases[5].Route, done, Process.PhaseDecisions.Concluded);
        return new WorkflowBuilder(DefinitionId, "Huvudprocess")
            .WithDescription("Norrbottens e-nämnds huvudprocess: från idé till förvaltning. Varje fas är en delprocess som slutar med ett beslut.")
            .WithInput<string>(Title, "Rubrik")
            .WithInput<string>(ProcessVariables.Description, "Beskrivning")
            .WithInput<List<string>>(Initiators, "Initierande kommuner")
            .WithInput<JsonObject>(SubprocessVersions, "Delprocessversioner")
            .WithInput<JsonObject>(Budgets, "Budget per fas (kr)")
            .WithInput<string>(DocumentLibrary, "Dokumentbibliotek")
            .WithInput<string>(CasePage, "Ärendets sida")
            .WithVariable<List<string>>(Participants, [])
            .WithVariable(Phase, "")
            .WithVariable(Result, "")
            .WithVariable<JsonObject>(PhaseOutput)
            .WithVariable<JsonObject>(PhaseRun)
            .WithVariable<JsonObject>(Contract)
            .WithVariable(JointManagement, false)
            .WithVariable(FinancingModel, "Population")
            .WithOutput<string>(Result, "Utfall")
            .WithOutput<List<string>>(Participants, "Deltagande kommuner")
            .Build(chart);
    }

    // One phase: name it, run its subprocess, take over its output and what it decided, and route on its decision.
    private static (Activity Entry, FlowSwitch Route) BuildPhase(Flowchart chart, string definitionId, string name)
    {
        var phase = Steps.Set($"Fas{definitionId}", Phase, name).Shown($"Fas: {name}");
        var run = new ExecuteWorkflow
        {
            Id = definitionId,
            WorkflowDefinitionId = definitionId,
            WorkflowVersion = new Input<int?>(Expression.JavaScript($"(getInput('{SubprocessVersions}') ?? {{}})['{definitionId}'] ?? null")),
            Input = new Input<JsonObject?>(Expression.JavaScript(
                $"({{ {Title}: getInput('{Title}'), {Participants}: getVariable('{Participants}'), " +
                $"{Budget}: (getInput('{Budgets}') ?? {{}})['{definitionId}'] ?? null, {DocumentLibrary}: getInput('{DocumentLibrary}'), {CasePage}: getInput('{CasePage}'), " +
                $"{ProcessVariables.Description}: getInput('{ProcessVariables.Description}'), {Budgets}: getInput('{Budgets}'), " +
                $"{Contract}: getVariable('{Contract}'), {JointManagement}: getVariable('{JointManagement}'), " +
                $"{FinancingModel}: getVariable('{FinancingModel}') }})")),
            Result = Output<ExecuteWorkflowResult?>.To(PhaseRun),
        }.Shown(name);
        var take = Steps.Compute($"Resultat{definitionId}", Participants,
            $"(() => {{ const r = (getVariable('{PhaseRun}') ?? {{}}).output ?? {{}}; setVariable('{PhaseOutput}', r); " +
            $"if (r.{Contract}) setVariable('{Contract}', r.{Contract}); " +
            $"if (r.{JointManagement} !== undefined) setVariable('{JointManagement}', r.{JointManagement}); " +
            $"if (r.{FinancingModel}) setVariable('{FinancingModel}', r.{FinancingModel}); " +
            $"return r.{Participants} ?? getVariable('{Participants}'); }})()").Shown($"Resultat: {name}");
        var route = Steps.RouteOn($"Beslut{definitionId}", PhaseOutput, ProcessVariables.Decision,
            Process.PhaseDecisions.Continue, Process.PhaseDecisions.LocalRollout, Process.PhaseDecisions.NewProject, Process.PhaseDecisions.Concluded)
            .Shown($"Beslut efter {name.ToLowerInvariant()}");
        chart.Connect(phase, run).Connect(run, take).Connect(take, route);
        return (phase, route);
    }
}
