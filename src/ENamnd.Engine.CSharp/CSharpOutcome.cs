namespace ENamnd.Engine.CSharp;

/// <summary>How a RunCSharp script chooses the ports its activity continues through (<c>Outcome.Set("Ja")</c>, as in Elsa).</summary>
public sealed class CSharpOutcome
{
    private readonly ScriptScope scope;

    internal CSharpOutcome(ScriptScope scope) => this.scope = scope;

    /// <summary>Chooses the outcomes; the last call wins.</summary>
    public void Set(params string[] outcomeNames) => scope.Choose([.. outcomeNames]);
}
