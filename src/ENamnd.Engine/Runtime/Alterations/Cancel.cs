namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>Cancels the whole instance (Elsa's <c>Cancel</c>); a faulted instance may be cancelled too.</summary>
public sealed record Cancel : Alteration
{
    /// <inheritdoc />
    public override string Type => nameof(Cancel);
}
