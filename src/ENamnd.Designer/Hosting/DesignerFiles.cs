using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ENamnd.Designer.Hosting;

/// <summary>
/// Serves the bundle's files: the right media types, a Brotli or gzip variant when the bundle has one, and caching:
/// fingerprinted framework files are immutable, every other file is revalidated.
/// </summary>
internal static partial class DesignerFiles
{
    // The package's own page (with a dead element name and font links to a CDN) and manifest are not served; our pages replace them.
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase) { "index.html", "package.json" };

    // Best first; each is a file next to the original with the encoding's extension.
    private static readonly (string Encoding, string Extension)[] Variants = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The file at <paramref name="path"/> (relative to <c>/designer/</c>), or 404.</summary>
    public static IResult Serve(string path, HttpContext context, DesignerBundle bundle)
    {
        if (bundle.Files is null) return DesignerPages.Unavailable(context);
        if (Withheld.Contains(path)) return Results.NotFound();
        var file = bundle.Files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null) return Results.NotFound();

        var headers = context.Response.Headers;
        headers.CacheControl = CacheControl(path);
        headers.XContentTypeOptions = "nosniff";
        var served = file;
        var compressed = false;
        foreach (var (encoding, extension) in Variants)
        {
            var variant = bundle.Files.GetFileInfo(path + extension);
            if (!variant.Exists || variant.PhysicalPath is null) continue;
            headers.Vary = HeaderNames.AcceptEncoding;
            if (!Accepts(context.Request, encoding)) continue;
            headers.ContentEncoding = encoding;
            served = variant;
            compressed = true;
            break;
        }
        return Results.File(served.PhysicalPath!, DesignerContentTypes.Of(path), lastModified: served.LastModified,
            entityTag: EntityTag(served), enableRangeProcessing: !compressed);
    }

    /// <summary>
    /// How long a browser may keep <paramref name="path"/>. The build names each framework file after a hash of its
    /// content (<c>_framework/Elsa.Api.Client.mbze71icf3.wasm</c>), so a new bundle never reuses a name and such files
    /// are kept for a year without asking again. The loaders that name them (<c>dotnet.js</c>,
    /// <c>blazor.webassembly.js</c>) and every other file keep their names across versions and are revalidated (ETag).
    /// </summary>
    public static string CacheControl(string path) =>
        path.StartsWith("_framework/", StringComparison.Ordinal) && Fingerprinted().IsMatch(path)
            ? "public, max-age=31536000, immutable"
            : "private, no-cache";

    // A ten-character base-36 hash before the extension, as the Blazor build writes it.
    [GeneratedRegex(@"\.[a-z0-9]{10}\.[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Fingerprinted();

    private static bool Accepts(HttpRequest request, string encoding) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)
        && values.Any(v => StringSegment.Equals(v.Value, encoding, StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1) > 0);

    private static EntityTagHeaderValue EntityTag(IFileInfo file) =>
        new($"\"{(file.LastModified.ToFileTime() ^ file.Length).ToString("x", CultureInfo.InvariantCulture)}\"");
}
