using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ENamnd.Host.Tests.Deployment;

/// <summary>An OCI image layout in a tar file, as <c>ContainerArchiveOutputPath</c> writes it: its one image's configuration and layers.</summary>
internal sealed class OciArchive
{
    private readonly Dictionary<string, byte[]> blobs;

    private OciArchive(Dictionary<string, byte[]> blobs, JsonObject manifest, JsonObject configuration)
    {
        this.blobs = blobs;
        Manifest = manifest;
        Configuration = configuration;
    }

    /// <summary>The image manifest.</summary>
    public JsonObject Manifest { get; }

    /// <summary>The image configuration's <c>config</c> member: entrypoint, environment, user, ports, labels.</summary>
    public JsonObject Configuration { get; }

    /// <summary>The layers' digests, base first.</summary>
    public IReadOnlyList<string> LayerDigests => [.. Manifest["layers"]!.AsArray().Select(l => (string)l!["digest"]!)];

    /// <summary>The image's environment as a dictionary.</summary>
    public IReadOnlyDictionary<string, string> Environment => Configuration["Env"]!.AsArray()
        .Select(e => ((string)e!).Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>Reads the archive at <paramref name="path"/>.</summary>
    public static OciArchive Read(string path)
    {
        var blobs = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? index = null;
        using (var reader = new TarReader(File.OpenRead(path)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is null) continue;
                using var content = new MemoryStream();
                entry.DataStream.CopyTo(content);
                var name = entry.Name.TrimStart('.', '/');
                if (name == "index.json") index = content.ToArray();
                else if (name.StartsWith("blobs/sha256/", StringComparison.Ordinal)) blobs["sha256:" + name["blobs/sha256/".Length..]] = content.ToArray();
            }
        }
        if (index is null) throw new InvalidDataException($"{path} has no index.json.");
        var manifests = JsonNode.Parse(index)!["manifests"]!.AsArray();
        if (manifests.Count != 1) throw new InvalidDataException($"{path} holds {manifests.Count} images, not one.");
        var manifest = JsonNode.Parse(blobs[(string)manifests[0]!["digest"]!])!.AsObject();
        var configuration = JsonNode.Parse(blobs[(string)manifest["config"]!["digest"]!])!["config"]!.AsObject();
        return new OciArchive(blobs, manifest, configuration);
    }

    /// <summary>The paths a layer holds.</summary>
    public IReadOnlyList<string> Paths(string layerDigest)
    {
        using var reader = new TarReader(new GZipStream(new MemoryStream(blobs[layerDigest]), CompressionMode.Decompress));
        var paths = new List<string>();
        while (reader.GetNextEntry() is { } entry) paths.Add(entry.Name.TrimStart('.', '/'));
        return paths;
    }

    /// <summary>Unpacks a layer into <paramref name="root"/>, as a container's file system would hold it (modes kept).</summary>
    public void Extract(string layerDigest, string root)
    {
        using var gzip = new GZipStream(new MemoryStream(blobs[layerDigest]), CompressionMode.Decompress);
        TarFile.ExtractToDirectory(gzip, root, overwriteFiles: true);
    }
}
