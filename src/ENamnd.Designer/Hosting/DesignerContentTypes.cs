using Microsoft.AspNetCore.StaticFiles;

namespace ENamnd.Designer.Hosting;

/// <summary>The media types of the bundle's files, as Blazor WebAssembly expects them.</summary>
internal static class DesignerContentTypes
{
    private const string Binary = "application/octet-stream";

    private static readonly FileExtensionContentTypeProvider Provider = Create();

    /// <summary>The media type of <paramref name="path"/>; binary for extensions nothing names.</summary>
    public static string Of(string path) => Provider.TryGetContentType(path, out var type) ? type : Binary;

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        var mappings = provider.Mappings;
        mappings[".wasm"] = "application/wasm";
        // The runtime fetches assemblies, symbols and ICU data as bytes; the defaults (e.g. .dll as a Windows download) are not wanted.
        foreach (var extension in new[] { ".dll", ".pdb", ".blat", ".dat", ".webcil" }) mappings[extension] = Binary;
        mappings[".js"] = "text/javascript";
        mappings[".mjs"] = "text/javascript";
        mappings[".json"] = "application/json";
        mappings[".map"] = "application/json";
        mappings[".webmanifest"] = "application/manifest+json";
        mappings[".woff2"] = "font/woff2";
        mappings[".cur"] = "image/x-icon";
        mappings[".scss"] = "text/plain";
        return provider;
    }
}
