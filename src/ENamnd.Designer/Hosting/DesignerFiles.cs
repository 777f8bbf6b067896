using System.Globalization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ENamnd.Designer.Hosting;

/// <summary>Serves the bundle's files: the right media types, a Brotli or gzip variant when the bundle has one, revalidated caching.</summary>
internal static class DesignerFiles
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
        // Every request is revalidated (ETag), since some names (dotnet.js, blazor.webassembly.js) are not fingerprinted.
        headers.CacheControl = "private, no-cache";
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

    private static bool Accepts(HttpRequest request, string encoding) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var values)
        && values.Any(v => StringSegment.Equals(v.Value, encoding, StringComparison.OrdinalIgnoreCase) && (v.Quality ?? 1) > 0);

    private static EntityTagHeaderValue EntityTag(IFileInfo file) =>
        new($"\"{(file.LastModified.ToFileTime() ^ file.Length).ToString("x", CultureInfo.InvariantCulture)}\"");
}
