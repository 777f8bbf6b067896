using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Deployment;

/// <summary>
/// A container registry on localhost (the read side of the OCI distribution API, over plain HTTP) that serves one
/// stand-in base image: a small layer and the configuration of a .NET runtime-deps image (its non-root user in
/// <c>APP_UID</c>). It stands in for <c>mcr.microsoft.com/dotnet/runtime-deps</c>, which cannot be reached here, so
/// that the SDK builds our image on it exactly as it would on the real one.
/// </summary>
internal sealed class StandInRegistry : IAsyncDisposable
{
    /// <summary>The non-root user id .NET's base images name in <c>APP_UID</c>.</summary>
    public const string AppUid = "1654";

    /// <summary>The file the stand-in base layer holds, to tell its layer from ours.</summary>
    public const string BaseMarker = "etc/enamnd-stand-in-base";

    private const string Repository = "dotnet/runtime-deps";
    private const string Tag = "10.0";
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, (string MediaType, byte[] Content)> blobs = new(StringComparer.Ordinal);
    private readonly byte[] manifest;
    private readonly Task serving;

    public StandInRegistry()
    {
        Host = $"localhost:{FreePort.Next()}";
        var layer = Layer();
        var config = Json(new
        {
            architecture = "amd64",
            os = "linux",
            config = new { Env = new[] { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", $"APP_UID={AppUid}", "ASPNETCORE_HTTP_PORTS=8080", "DOTNET_RUNNING_IN_CONTAINER=true" } },
            rootfs = new { type = "layers", diff_ids = new[] { Digest(layer.Uncompressed) } },
        });
        var configDigest = Add("application/vnd.oci.image.config.v1+json", config);
        var layerDigest = Add("application/vnd.oci.image.layer.v1.tar+gzip", layer.Compressed);
        manifest = Json(new
        {
            schemaVersion = 2,
            mediaType = "application/vnd.oci.image.manifest.v1+json",
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest, size = config.Length },
            layers = new[] { new { mediaType = "application/vnd.oci.image.layer.v1.tar+gzip", digest = layerDigest, size = layer.Compressed.Length } },
        });
        listener.Prefixes.Add($"http://{Host}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The registry's host and port, as an image reference names it.</summary>
    public string Host { get; }

    /// <summary>The stand-in base image's reference (<c>ContainerBaseImage</c>).</summary>
    public string BaseImage => $"{Host}/{Repository}:{Tag}";

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await serving;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the wait for the next request.
        }
        catch (ObjectDisposedException)
        {
            // Likewise.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            using var response = context.Response;
            var path = context.Request.Url!.AbsolutePath;
            var (mediaType, content) = path switch
            {
                "/v2/" => ("application/json", "{}"u8.ToArray()),
                _ when path == $"/v2/{Repository}/manifests/{Tag}" => ("application/vnd.oci.image.manifest.v1+json", manifest),
                _ when path.StartsWith($"/v2/{Repository}/blobs/", StringComparison.Ordinal)
                    && blobs.TryGetValue(path[(path.LastIndexOf('/') + 1)..], out var blob) => blob,
                _ => ("", []),
            };
            if (mediaType.Length == 0)
            {
                response.StatusCode = 404;
                continue;
            }
            response.ContentType = mediaType;
            response.ContentLength64 = content.Length;
            response.Headers["Docker-Content-Digest"] = Digest(content);
            if (context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(content);
        }
    }

    private string Add(string mediaType, byte[] content)
    {
        var digest = Digest(content);
        blobs[digest] = (mediaType, content);
        return digest;
    }

    private static (byte[] Uncompressed, byte[] Compressed) Layer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, BaseMarker) { DataStream = new MemoryStream("stand-in\n"u8.ToArray()) };
            writer.WriteEntry(entry);
        }
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(tar.ToArray());
        return (tar.ToArray(), compressed.ToArray());
    }

    private static byte[] Json(object value) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value));

    private static string Digest(byte[] content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
}
