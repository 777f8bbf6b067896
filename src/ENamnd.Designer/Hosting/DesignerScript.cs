namespace ENamnd.Designer.Hosting;

/// <summary>
/// Our one script on the designer pages. The Studio's elements report "open this definition/instance" through callback
/// properties; unset, they do nothing, so the script sets them to load the matching ENamnd page.
/// </summary>
internal static class DesignerScript
{
    /// <summary>The script's path below <c>/designer/</c>; no file of the bundle has this name.</summary>
    public const string Path = "enamnd-designer.js";

    // Properties are set once the element is defined (Blazor defines them after start-up), so they reach its setters.
    private const string Source = """
        // Connects the Elsa Studio elements to the ENamnd pages.
        (() => {
          const open = path => location.assign(new URL(path, document.baseURI));
          const wire = (tag, property, page) => customElements.whenDefined(tag).then(() => {
            for (const element of document.querySelectorAll(tag)) {
              element[property] = id => open(page + encodeURIComponent(id));
            }
          });
          wire('elsa-workflow-definition-list', 'editWorkflowDefinition', 'definitions/');
          wire('elsa-workflow-definition-editor', 'workflowDefinitionExecuted', 'instances/');
          wire('elsa-workflow-instance-list', 'viewWorkflowInstance', 'instances/');
          wire('elsa-workflow-instance-viewer', 'editWorkflowDefinition', 'definitions/');
        })();

        """;

    /// <summary>The script, revalidated on every use like the bundle's files.</summary>
    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(Source, "text/javascript; charset=utf-8");
    }
}
