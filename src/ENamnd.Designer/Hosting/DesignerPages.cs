using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Hosting;

/// <summary>The designer's pages and files under <c>/designer</c>; the host decides who may reach them.</summary>
internal static class DesignerPages
{
    /// <summary>Maps the pages, the Studio's own navigation targets and the bundle's files.</summary>
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var designer = endpoints.MapGroup(DesignerPaths.Root).ExcludeFromDescription();
        designer.MapGet("/", List);
        designer.MapGet("/definitions/{definitionId}", EditorAsync);
        designer.MapGet("/instances", Instances);
        designer.MapGet("/instances/{instanceId}", ViewerAsync);
        // Where the Studio navigates by itself (relative to <base href>) for actions that have no callback.
        designer.MapGet("/workflows/definitions/{definitionId}/edit", (HttpContext context, string definitionId) =>
            Results.Redirect(DesignerPaths.Editor(context.Request, definitionId)));
        designer.MapGet("/workflows/instances/{instanceId}/view", (HttpContext context, string instanceId) =>
            Results.Redirect(DesignerPaths.Viewer(context.Request, instanceId)));
        designer.MapGet("/" + DesignerScript.Path, DesignerScript.Serve);
        // Routes with literal segments win over this catch-all.
        designer.MapGet("/{**path}", DesignerFiles.Serve);
    }

    /// <summary>503 while the bundle is missing, so the pages do not load scripts that are not there.</summary>
    public static IResult Unavailable(HttpContext context) => DesignerPage.Message(context, DesignerSection.Definitions,
        "Designern är inte installerad",
        "Designerns filer saknas på servern. Bygg värden där npm finns, eller ange Designer:BundlePath.",
        StatusCodes.Status503ServiceUnavailable);

    private static IResult List(HttpContext context, DesignerBundle bundle) =>
        bundle.Files is null
            ? Unavailable(context)
            : DesignerPage.Studio(context, DesignerSection.Definitions, DesignerElement.DefinitionList(DesignerPaths.RemoteEndpoint(context.Request)));

    private static async Task<IResult> EditorAsync(string definitionId, HttpContext context, DesignerBundle bundle, IWorkflowDefinitionStore definitions, CancellationToken ct)
    {
        if (bundle.Files is null) return Unavailable(context);
        // The editor element fails with its error banner when the definition is missing, so it is only mounted for one that exists.
        if (await definitions.FindAsync(definitionId, VersionOptions.Latest, ct) is null)
        {
            return DesignerPage.Message(context, DesignerSection.Definitions, "Arbetsflödet finns inte",
                $"Det finns inget arbetsflöde med id \"{definitionId}\". Det kan ha tagits bort.", StatusCodes.Status404NotFound);
        }
        var remote = DesignerPaths.RemoteEndpoint(context.Request);
        return DesignerPage.Studio(context, DesignerSection.Definitions, DesignerElement.DefinitionEditor(remote, definitionId));
    }

    private static IResult Instances(HttpContext context, DesignerBundle bundle) =>
        bundle.Files is null
            ? Unavailable(context)
            : DesignerPage.Studio(context, DesignerSection.Instances, DesignerElement.InstanceList(DesignerPaths.RemoteEndpoint(context.Request)));

    private static async Task<IResult> ViewerAsync(string instanceId, HttpContext context, DesignerBundle bundle, IWorkflowInstanceStore instances, CancellationToken ct)
    {
        if (bundle.Files is null) return Unavailable(context);
        if (await instances.FindAsync(instanceId, ct) is not { } instance)
        {
            return DesignerPage.Message(context, DesignerSection.Instances, "Instansen finns inte",
                $"Det finns ingen instans med id \"{instanceId}\".", StatusCodes.Status404NotFound);
        }
        var remote = DesignerPaths.RemoteEndpoint(context.Request);
        // The Studio (3.8.2) has no retry of its own, so a faulted instance gets ours above the viewer.
        var notice = instance.SubStatus == WorkflowSubStatus.Faulted && instance.Incidents.LastOrDefault() is { } incident
            ? DesignerPage.FaultNotice(context.Request, instanceId, incident)
            : null;
        return DesignerPage.Studio(context, DesignerSection.Instances, DesignerElement.InstanceViewer(remote, instanceId), notice);
    }
}
