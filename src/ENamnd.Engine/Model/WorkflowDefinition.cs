using System.Text.Json.Nodes;

namespace ENamnd.Engine.Model;

/// <summary>One version of a workflow definition: the Elsa 3 model of a workflow as designed.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The id of this version.</summary>
    public string Id { get; set; } = "";

    /// <summary>The id shared by every version of the workflow.</summary>
    public string DefinitionId { get; set; } = "";

    /// <summary>The workflow's name.</summary>
    public string? Name { get; set; }

    /// <summary>What the workflow is for.</summary>
    public string? Description { get; set; }

    /// <summary>The version number, from 1.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Whether this is the newest version.</summary>
    public bool IsLatest { get; set; } = true;

    /// <summary>Whether this version is the one new instances use.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Whether the designer may change it.</summary>
    public bool IsReadonly { get; set; }

    /// <summary>When this version was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The designer version that last wrote it.</summary>
    public string ToolVersion { get; set; } = "3.8.0.0";

    /// <summary>The variables every instance starts with.</summary>
    public List<VariableDefinition> Variables { get; set; } = [];

    /// <summary>The declared inputs.</summary>
    public List<ArgumentDefinition> Inputs { get; set; } = [];

    /// <summary>The declared outputs.</summary>
    public List<ArgumentDefinition> Outputs { get; set; } = [];

    /// <summary>The declared outcomes, when the workflow is used as an activity.</summary>
    public List<string> Outcomes { get; set; } = [];

    /// <summary>Elsa's workflow options (activation strategy and the like), kept verbatim.</summary>
    public JsonObject Options { get; set; } = [];

    /// <summary>
    /// Whether other workflows may place this one as an activity: Elsa's <c>options.usableAsActivity</c>, or the older
    /// top-level <c>usableAsActivity</c> that Elsa still reads when the option is not set.
    /// </summary>
    public bool UsableAsActivity =>
        Flag(Options["usableAsActivity"]) ?? Flag(UnknownProperties["usableAsActivity"]) ?? false;

    /// <summary>Whether publishing this workflow moves the workflows that use it as an activity to the new version (Elsa's <c>options.autoUpdateConsumingWorkflows</c>).</summary>
    public bool AutoUpdateConsumingWorkflows => Flag(Options["autoUpdateConsumingWorkflows"]) ?? false;

    /// <summary>The toolbox category Elsa's <c>options.activityCategory</c> gives the workflow as an activity, if any.</summary>
    public string? ActivityCategory =>
        Options["activityCategory"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>Custom properties, kept verbatim.</summary>
    public JsonObject CustomProperties { get; set; } = [];

    /// <summary>Top-level JSON properties the engine does not use, kept verbatim.</summary>
    public JsonObject UnknownProperties { get; set; } = [];

    /// <summary>The activity the workflow runs, usually an <c>Elsa.Flowchart</c>.</summary>
    public required Activity Root { get; set; }

    private static bool? Flag(JsonNode? node) => node is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;
}
