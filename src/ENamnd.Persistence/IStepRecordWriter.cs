using System.Text.Json.Nodes;

namespace ENamnd.Persistence;

/// <summary>Writes step records of one kind inside the step's transaction; throwing rolls the step back.</summary>
public interface IStepRecordWriter
{
    /// <summary>The record kind handled, e.g. <c>task.opened</c>.</summary>
    string Kind { get; }

    /// <summary>Writes one record with the step's context (changes are saved with the step).</summary>
    Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken);
}
