using System.Text;
using System.Text.Encodings.Web;

namespace ENamnd.Designer.Hosting;

/// <summary>One of the Elsa Studio custom elements, with its attributes.</summary>
/// <remarks>
/// No credentials are given to the element: the Studio's HTTP client runs in the page and sends the coordinator's
/// same-origin sign-in cookie with every call to <c>/elsa/api</c>, so no key ever appears in the page.
/// </remarks>
internal sealed record DesignerElement(string Tag, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    /// <summary>The list of workflow definitions.</summary>
    public static DesignerElement DefinitionList(string remoteEndpoint) =>
        new("elsa-workflow-definition-list", [new("remote-endpoint", remoteEndpoint)]);

    /// <summary>The editor of one workflow definition (which must exist: the element fails on a 404).</summary>
    public static DesignerElement DefinitionEditor(string remoteEndpoint, string definitionId) =>
        new("elsa-workflow-definition-editor", [new("definition-id", definitionId), new("remote-endpoint", remoteEndpoint)]);

    /// <summary>The list of workflow instances.</summary>
    public static DesignerElement InstanceList(string remoteEndpoint) =>
        new("elsa-workflow-instance-list", [new("remote-endpoint", remoteEndpoint)]);

    /// <summary>The viewer of one workflow instance.</summary>
    public static DesignerElement InstanceViewer(string remoteEndpoint, string instanceId) =>
        new("elsa-workflow-instance-viewer", [new("instance-id", instanceId), new("remote-endpoint", remoteEndpoint)]);

    /// <summary>The element's markup, with attribute values encoded by <paramref name="encoder"/>.</summary>
    public string ToHtml(HtmlEncoder encoder)
    {
        var html = new StringBuilder().Append('<').Append(Tag);
        foreach (var (name, value) in Attributes) html.Append(' ').Append(name).Append("=\"").Append(encoder.Encode(value)).Append('"');
        return html.Append("></").Append(Tag).Append('>').ToString();
    }
}
