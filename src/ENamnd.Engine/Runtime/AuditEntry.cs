using System.Text.Json.Nodes;

namespace ENamnd.Engine.Runtime;

/// <summary>What caused a step, recorded append-only: start, resume of a bookmark, or cancel.</summary>
public sealed record AuditEntry(string InstanceId, string Action, DateTimeOffset Timestamp)
{
    /// <summary>The resumed bookmark, for a resume.</summary>
    public string? BookmarkId { get; init; }

    /// <summary>The resumed bookmark's name, for a resume.</summary>
    public string? BookmarkName { get; init; }

    /// <summary>The instance's correlation id (case number).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The definition version the instance runs.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>Extra facts, e.g. the resume input.</summary>
    public JsonObject? Details { get; init; }
}
