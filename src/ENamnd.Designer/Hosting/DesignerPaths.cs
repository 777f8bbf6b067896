
using Microsoft.Extensions.Options;

namespace ENamnd.Designer.Hosting;

/// <summary>The designer's URLs, below the request's path base.</summary>
internal static class DesignerPaths
{
    /// <summary>The designer's root path.</summary>
    public const string Root = "/designer";

    /// <summary>Where the workflow designer backend (Elsa's HTTP API) is mapped.</summary>
    public const string ElsaApi = "/elsa/api";

    /// <summary>The base of the bundle's relative URLs (<c>&lt;base href&gt;</c>), with its trailing slash.</summary>
    public static string Base(HttpRequest request) => request.PathBase + Root + "/";

    /// <summary>The list of workflow definitions.</summary>
    public static string List(HttpRequest request) => request.PathBase + Root;

    /// <summary>The editor of a definition.</summary>
    public static string Editor(HttpRequest request, string definitionId) => $"{request.PathBase}{Root}/definitions/{Uri.EscapeDataString(definitionId)}";

    /// <summary>The list of instances.</summary>
    public static string Instances(HttpRequest request) => request.PathBase + Root + "/instances";

    /// <summary>The viewer of an instance.</summary>
    public static string Viewer(HttpRequest request, string instanceId) => $"{request.PathBase}{Root}/instances/{Uri.EscapeDataString(instanceId)}";

    /// <summary>The sign-out endpoint (POST).</summary>
    public static string Logout(HttpRequest request) =>
        request.PathBase + request.HttpContext.RequestServices.GetRequiredService<IOptions<DesignerOptions>>().Value.SignOutPath;

    /// <summary>
    /// The absolute URL of the Elsa API for the elements' <c>remote-endpoint</c>, which must be absolute. It is built from
    /// the request, so it is the page's own origin and the sign-in cookie goes with every call.
    /// </summary>
    public static string RemoteEndpoint(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{ElsaApi}";
}
