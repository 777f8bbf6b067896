using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Activities.Decisions;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Stores agenda items (<c>agenda.item</c> records) with the step that placed them.</summary>
public sealed class AgendaItemWriter : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => AgendaRecordKinds.Item;

    /// <inheritdoc />
    public Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var item = payload.Deserialize<AgendaItem>(ValueConverter.JsonOptions) ?? throw new JsonException("Empty agenda item.");
        db.AgendaItems.Add(ToRow(item));
        return Task.CompletedTask;
    }

    /// <summary>An agenda item as it is stored.</summary>
    public static AgendaItemRow ToRow(AgendaItem item) => new()
    {
        Id = item.Id,
        CaseNumber = item.CaseNumber,
        Matter = item.Matter,
        MeetingDate = item.MeetingDate?.ToUniversalTime(),
        InstanceId = item.InstanceId,
        ActivityNodeId = item.ActivityNodeId,
        TaskIds = JsonSerializer.Serialize(item.TaskIds, ValueConverter.JsonOptions),
        Documents = JsonSerializer.Serialize(item.Documents, ValueConverter.JsonOptions),
        PlacedAt = item.PlacedAt.ToUniversalTime(),
    };
}
