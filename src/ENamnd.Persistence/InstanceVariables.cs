using System.Data;
using System.Data.Common;
using System.Text.Json.Nodes;
using ENamnd.Engine.Runtime;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Persistence;

/// <summary>
/// The status and variables of every instance of a definition, read without the rest of their state: the
/// database takes the <c>variables</c> object out of the stored state (as <c>WorkflowStateSerializer</c> writes
/// it), so a list of many instances neither transfers nor deserializes their journals and activity states.
/// </summary>
public static class InstanceVariables
{
    // The state is serialized with JSON's web defaults: WorkflowInstance.Variables is "variables".
    private const string PostgresSql =
        "SELECT id, status, sub_status, (state_json::json -> 'variables')::text FROM instances WHERE definition_id = @definition";

    private const string SqliteSql =
        "SELECT id, status, sub_status, json_extract(state_json, '$.variables') FROM instances WHERE definition_id = @definition";

    /// <summary>The instances of <paramref name="definitionId"/> by id.</summary>
    public static async Task<Dictionary<string, InstanceVariablesRow>> ListAsync(ENamndDbContext db, string definitionId, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = db.Database.IsSqlite() ? SqliteSql : PostgresSql;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@definition";
            parameter.Value = definitionId;
            command.Parameters.Add(parameter);
            var result = new Dictionary<string, InstanceVariablesRow>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) result[reader.GetString(0)] = Read(reader);
            return result;
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }

    private static InstanceVariablesRow Read(DbDataReader reader) => new(
        Enum.Parse<WorkflowStatus>(reader.GetString(1)),
        Enum.Parse<WorkflowSubStatus>(reader.GetString(2)),
        reader.IsDBNull(3) ? [] : JsonNode.Parse(reader.GetString(3)) as JsonObject ?? []);
}
