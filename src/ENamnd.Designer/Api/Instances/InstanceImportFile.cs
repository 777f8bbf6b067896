using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;

namespace ENamnd.Designer.Api.Instances;

/// <summary>An instance read back from an export file (see <see cref="InstanceExport"/>), with its journal.</summary>
public sealed record InstanceImportFile(string Source, WorkflowInstance Instance, IReadOnlyList<JournalEntry> Journal)
{
    /// <summary>The instance of an export file, or why the file cannot be one (in Swedish, naming the file).</summary>
    public static (InstanceImportFile? File, string? Error) Read(string source, JsonObject export)
    {
        if (export[InstanceExport.InstanceMember] is not JsonObject state)
        {
            return (null, $"{source}: saknar instansens tillstånd ('{InstanceExport.InstanceMember}'); bara instanser som exporterats från ENamnd kan importeras.");
        }
        try
        {
            var instance = state.Deserialize<WorkflowInstance>(ValueConverter.JsonOptions)!;
            var journal = export[InstanceExport.JournalMember] switch
            {
                null => [],
                JsonArray entries => entries.Deserialize<List<JournalEntry>>(ValueConverter.JsonOptions)!,
                _ => throw new JsonException($"'{InstanceExport.JournalMember}' ska vara en lista."),
            };
            if (journal.Contains(null!) || instance.Bookmarks.Contains(null!) || instance.ActivityContexts.Contains(null!))
                throw new JsonException("en lista innehåller null.");
            return (new InstanceImportFile(source, instance, journal), null);
        }
        catch (JsonException e)
        {
            return (null, $"{source}: instansen kan inte läsas ({e.Message}).");
        }
    }
}
