using System.Text.Json.Nodes;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;

namespace ENamnd.Engine.Activities;

/// <summary>
/// Stands in for a node whose activity type the engine does not have (Elsa's <c>NotFoundActivity</c>): it keeps the
/// missing type name, version and the node's JSON, which it writes back unchanged, so a definition that uses it can be
/// imported, shown and saved without losing the node. The validator warns of it, and running it faults the instance.
/// </summary>
[Activity("Elsa", "NotFoundActivity", Category = "System", DisplayName = "Okänd aktivitet",
    Description = "Platshållare för en aktivitetstyp som motorn inte har.", IsBrowsable = false)]
public sealed class NotFoundActivity : Activity
{
    /// <summary>The type name the node names, which the engine does not have.</summary>
    public string MissingTypeName { get; set; } = "";

    /// <summary>The version the node names (0 when it names none).</summary>
    public int MissingTypeVersion { get; set; }

    /// <summary>The node's JSON as read; it is written back as it is.</summary>
    public JsonObject OriginalJson { get; set; } = [];

    /// <summary>The missing type name, so journals, incidents and the written JSON name what the node is.</summary>
    public override string Type => MissingTypeName;

    /// <summary>Why the node cannot run, in the words the coordinator and the validator show.</summary>
    public string Problem =>
        $"aktivitetstypen '{MissingTypeName}'{(MissingTypeVersion > 0 ? $" version {MissingTypeVersion}" : "")} finns inte i motorn";

    /// <inheritdoc />
    protected internal override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
        throw new ActivityFaultException($"Aktiviteten '{Name ?? Id}' kan inte köras: {Problem}. Installera aktiviteten eller ersätt den i arbetsflödet.");
}
