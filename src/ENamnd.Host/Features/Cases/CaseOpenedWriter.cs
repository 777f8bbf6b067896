using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Cases;

/// <summary>
/// Writes <c>case.opened</c>: the case row, in the transaction of its main process's first step. The unique
/// case number is the key that makes creation happen once; a number already taken fails the whole step.
/// </summary>
public sealed class CaseOpenedWriter : IStepRecordWriter
{
    /// <summary>The record kind of an opened case.</summary>
    public const string RecordKind = "case.opened";

    /// <inheritdoc />
    public string Kind => RecordKind;

    /// <summary>The record that opens <paramref name="row"/> with its main process's first step.</summary>
    public static StepRecord RecordOf(CaseRow row) =>
        new(RecordKind, JsonSerializer.SerializeToNode(row, ValueConverter.JsonOptions)!.AsObject());

    /// <inheritdoc />
    public Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var row = payload.Deserialize<CaseRow>(ValueConverter.JsonOptions) ?? throw new JsonException("An empty case.opened record.");
        db.Set<CaseRow>().Add(row);
        return Task.CompletedTask;
    }
}
