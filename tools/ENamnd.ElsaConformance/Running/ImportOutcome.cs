namespace ENamnd.ElsaConformance.Running;

/// <summary>How a file's import (and the publish after it) went.</summary>
public sealed record ImportOutcome
{
    /// <summary>Whether the definition was saved.</summary>
    public bool Imported { get; init; }

    /// <summary>The import's HTTP status (0 when the file could not be read or parsed).</summary>
    public int Status { get; init; }

    /// <summary>Why the import failed.</summary>
    public string? Error { get; init; }

    /// <summary>The saved definition's id.</summary>
    public string? DefinitionId { get; init; }

    /// <summary>The saved version's id.</summary>
    public string? VersionId { get; init; }

    /// <summary>Whether the saved definition is published (by the import or the publish after it).</summary>
    public bool Published { get; init; }

    /// <summary>The publish's HTTP status, when one was asked for.</summary>
    public int? PublishStatus { get; init; }

    /// <summary>Why the publish failed.</summary>
    public string? PublishError { get; init; }

    /// <summary>A short cell: "yes", or the status and first error.</summary>
    public string Summary => Imported ? "yes" : Status == 0 ? $"no: {Error}" : $"{Status}: {Error}";
}
