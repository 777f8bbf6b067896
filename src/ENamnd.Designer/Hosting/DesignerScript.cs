namespace ENamnd.Designer.Hosting;

/// <summary>
/// Our one script on the designer pages. The Studio's elements report "open this definition/instance" through callback
/// properties; unset, they do nothing, so the script sets them to load the matching ENamnd page. It also runs the
/// "Försök igen" button of a faulted instance's viewer (<see cref="DesignerPage.FaultNotice"/>).
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
          // "Försök igen" on a faulted instance: Elsa's retry route, then the page again to show where the instance stands.
          for (const button of document.querySelectorAll('[data-enamnd-retry]')) {
            const status = button.parentElement.querySelector('[data-enamnd-retry-status]');
            button.addEventListener('click', async () => {
              button.disabled = true;
              status.textContent = 'Försöker igen …';
              try {
                const response = await fetch(button.dataset.enamndRetryUrl, {
                  method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
                  body: JSON.stringify({ workflowInstanceIds: [button.dataset.enamndRetry] }),
                });
                const result = response.ok ? (await response.json()).results[0] : null;
                if (result && result.isSuccessful) return location.reload();
                const entries = result ? result.log.logEntries : [];
                status.textContent = 'Det gick inte att försöka igen: ' + (entries.length ? entries[entries.length - 1].message : 'servern svarade ' + response.status + '.');
              } catch {
                status.textContent = 'Det gick inte att nå servern. Försök igen om en stund.';
              }
              button.disabled = false;
            });
          }
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
