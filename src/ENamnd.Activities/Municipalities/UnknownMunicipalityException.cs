namespace ENamnd.Activities.Municipalities;

/// <summary>Thrown when one or more municipality codes or names are not member municipalities (okänd kommun).</summary>
public sealed class UnknownMunicipalityException : Exception
{
    /// <summary>Creates the exception for the given unknown codes or names, as they were written.</summary>
    public UnknownMunicipalityException(IReadOnlyList<string> unknown)
        : base(Describe(unknown))
    {
        Unknown = unknown;
    }

    /// <summary>The codes or names that matched no municipality, in the order given.</summary>
    public IReadOnlyList<string> Unknown { get; }

    private static string Describe(IReadOnlyList<string> unknown)
    {
        var quoted = string.Join(", ", unknown.Select(value => $"\"{value}\""));
        return unknown.Count == 1 ? $"Okänd kommun: {quoted}." : $"Okända kommuner: {quoted}.";
    }
}
