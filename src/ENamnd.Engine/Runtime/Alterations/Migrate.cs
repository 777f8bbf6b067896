namespace ENamnd.Engine.Runtime.Alterations;

/// <summary>
/// Moves the instance to another version of its definition (Elsa's <c>Migrate</c>). Refused unless every activity the
/// instance finished and every activity it is in exists, with the same type, in the target version; nothing is re-run.
/// </summary>
public sealed record Migrate(int TargetVersion) : Alteration
{
    /// <inheritdoc />
    public override string Type => nameof(Migrate);
}
