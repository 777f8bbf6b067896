namespace ENamnd.Designer.Api.Instances;

/// <summary>How many instances an import wrote: Elsa's server names it <c>imported</c>, its API client reads <c>count</c>.</summary>
public sealed record ImportInstancesResponse(int Imported)
{
    /// <summary>The same number, under the name Elsa's API client reads.</summary>
    public int Count => Imported;
}
