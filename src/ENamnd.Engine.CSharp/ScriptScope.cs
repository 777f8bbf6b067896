using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.CSharp;

/// <summary>
/// One run of a script: the activity it runs for and the outcomes it chose. Expired when the run ends, so a script that
/// outlived its time limit (a thread cannot be stopped) can no longer touch the instance.
/// </summary>
internal sealed class ScriptScope(ActivityExecutionContext context)
{
    private volatile bool expired;

    /// <summary>The outcomes the script chose with <c>Outcome.Set</c>; null when it chose none.</summary>
    public IReadOnlyList<string>? Outcomes { get; private set; }

    /// <summary>Chooses the outcomes; the last choice wins.</summary>
    public void Choose(IReadOnlyList<string> outcomes)
    {
        if (expired) throw Ended();
        Outcomes = outcomes;
    }

    /// <summary>The activity's context while the run lasts.</summary>
    /// <exception cref="InvalidOperationException">The run has ended.</exception>
    public ActivityExecutionContext Context =>
        expired ? throw Ended() : context;

    /// <summary>Ends the run.</summary>
    public void Expire() => expired = true;

    private static InvalidOperationException Ended() =>
        new("Skriptets körning är avslutad; det kan inte längre läsa eller ändra arbetsflödet.");
}
