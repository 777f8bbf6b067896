using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Stores;

namespace ENamnd.Engine.Descriptors;

/// <summary>
/// Describes the workflows marked "usable as activity" (Elsa's <c>options.usableAsActivity</c>) as activities, one
/// descriptor per version as Elsa's <c>WorkflowDefinitionActivityProvider</c> does: the type is the workflow's name in
/// PascalCase, the inputs, outputs and outcomes are the workflow's, and only published versions show in the toolbox.
/// </summary>
public sealed class WorkflowActivityDescriptors(IWorkflowDefinitionStore store)
{
    /// <summary>The category of a workflow that names none (Elsa's "Workflows").</summary>
    public const string DefaultCategory = "Arbetsflöden";

    /// <summary>The descriptors of every version of every workflow usable as an activity.</summary>
    public async Task<IReadOnlyList<ActivityDescriptor>> DescribeAllAsync(CancellationToken cancellationToken = default)
    {
        var usable = (await store.ListAsync(null, VersionOptions.AllVersions, cancellationToken)).Where(d => d.UsableAsActivity).ToList();
        return usable
            .Select(d => Describe(d, usable.Where(v => v.DefinitionId == d.DefinitionId && v.IsPublished).MaxBy(v => v.Version)))
            .OrderBy(d => d.TypeName, StringComparer.Ordinal).ThenBy(d => d.Version)
            .ToList();
    }

    /// <summary>The descriptor of one version; <paramref name="latestPublished"/> is the newest published version of the workflow.</summary>
    public static ActivityDescriptor Describe(WorkflowDefinition definition, WorkflowDefinition? latestPublished)
    {
        var typeName = WorkflowActivityNames.TypeNameOf(definition);
        return new ActivityDescriptor
        {
            TypeName = typeName,
            Namespace = "",
            Name = typeName,
            Version = definition.Version,
            Category = definition.ActivityCategory ?? DefaultCategory,
            DisplayName = string.IsNullOrWhiteSpace(definition.Name) ? definition.DefinitionId : definition.Name,
            Description = definition.Description,
            IsBrowsable = definition.IsPublished,
            Inputs = [.. definition.Inputs.Select(Input)],
            Outputs = [.. definition.Outputs.Select(o => new OutputDescriptor(
                WorkflowActivityNames.SafeName(o.Name), TypeAliases.AliasOf(WorkflowActivityNames.ValueType(o)), o.DisplayName ?? o.Name, o.Description, 0, true))],
            Ports = [.. definition.Outcomes.Select(o => new PortDescriptor(o, o))],
            CustomProperties = new JsonObject
            {
                ["RootType"] = nameof(WorkflowDefinitionActivity),
                ["WorkflowDefinitionId"] = definition.DefinitionId,
                ["WorkflowDefinitionVersionId"] = definition.Id,
            },
            // The designer copies these into a node it drops (camelCased), which is how the node finds its workflow.
            ConstructionProperties = new JsonObject
            {
                ["WorkflowDefinitionId"] = definition.DefinitionId,
                ["WorkflowDefinitionVersionId"] = definition.Id,
                ["Version"] = definition.Version,
                ["LatestAvailablePublishedVersion"] = latestPublished?.Version ?? definition.Version,
                ["LatestAvailablePublishedVersionId"] = latestPublished?.Id ?? definition.Id,
            },
        };
    }

    private static InputDescriptor Input(ArgumentDefinition argument)
    {
        var type = WorkflowActivityNames.ValueType(argument);
        return new InputDescriptor
        {
            Name = WorkflowActivityNames.SafeName(argument.Name),
            TypeName = TypeAliases.AliasOf(type),
            DisplayName = argument.DisplayName ?? argument.Name,
            Description = argument.Description,
            Category = argument.Category,
            UIHint = argument.UIHint ?? (type == typeof(bool) ? "checkbox" : "singleline"),
            StorageDriverType = argument.StorageDriverType,
            IsSynthetic = true,
            DefaultSyntax = ExpressionTypes.Literal,
        };
    }
}
