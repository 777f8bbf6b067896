using System.Text.Json.Nodes;
using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Running;

/// <summary>What a run did, read back through the designer API; compared with the expectation by <see cref="ExpectationCheck"/>.</summary>
public sealed record RunObservation
{
    /// <summary>Why the run could not be made or read (e.g. the execute call's status and first error).</summary>
    public string? Error { get; init; }

    /// <summary>The main instance, if one was started.</summary>
    public InstanceSnapshot? Main { get; init; }

    /// <summary>Every instance the run started (the main one first), oldest first.</summary>
    public IReadOnlyList<InstanceSnapshot> Instances { get; init; } = [];

    /// <summary>The Log lines of all those instances, in the order they were written.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>The main instance's workflow output.</summary>
    public JsonObject Output { get; init; } = [];

    /// <summary>The main instance's variables.</summary>
    public JsonObject Variables { get; init; } = [];

    /// <summary>The main instance's journal as (activity id, event name) pairs.</summary>
    public IReadOnlyList<(string ActivityId, string EventName)> Journal { get; init; } = [];

    /// <summary>The activity execution records of every instance the run started (the main one first), each in start order.</summary>
    public IReadOnlyList<ActivityRecord> ActivityRecords { get; init; } = [];

    /// <summary>The answer of an <c>http</c> run.</summary>
    public ApiAnswer? Http { get; init; }

    /// <summary>The answers of an <c>api</c> run, by check.</summary>
    public IReadOnlyList<(ApiCheck Check, ApiAnswer Answer)> Api { get; init; } = [];

    /// <summary>The import and publish of the file itself.</summary>
    public ImportOutcome? Import { get; init; }

    /// <summary>A short cell for the "ran" column.</summary>
    public string Summary
    {
        get
        {
            if (Error is not null) return Error;
            var parts = new List<string>();
            if (Main is { } main) parts.Add($"{main.Status}/{main.SubStatus}");
            if (Main?.Incidents is [var first, ..] incidents) parts.Add($"{incidents.Count} incident(s): {first}");
            if (Http is { } http) parts.Add($"HTTP {http.Status}");
            if (Api.Count > 0) parts.Add(string.Join(", ", Api.Select(a => $"{(a.Check.Post is null ? "GET" : "POST")} {a.Answer.Status}")));
            // The publish is the run only when nothing else was run.
            if (parts.Count == 0 && Import?.PublishStatus is { } publish) parts.Add(Import.Published ? "published" : $"publish {publish}: {Import.PublishError}");
            return parts.Count == 0 ? "–" : string.Join("; ", parts);
        }
    }
}
