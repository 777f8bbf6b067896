using System.Text.Json.Serialization;

namespace ENamnd.Activities.Meetings;

/// <summary>What an agenda item asks of the committee; stored and written by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AgendaItemKind>))]
public enum AgendaItemKind
{
    /// <summary>A matter to decide: bifall, avslag, bordläggning or återremiss.</summary>
    Beslut,

    /// <summary>Information the committee takes note of ("lägga informationen till handlingarna").</summary>
    Information,
}
