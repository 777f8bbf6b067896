using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>
/// A stand-in OTLP/HTTP collector on 127.0.0.1: takes every POST, keeps its path and body, answers 200. The bodies are
/// protobuf, whose strings (span, meter and metric names) are plain UTF-8 bytes, so they are searched as text.
/// </summary>
internal sealed class OtlpReceiver : LoopbackHttpServer
{
    public string Endpoint => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<(string Path, string ContentType, byte[] Body)> Requests { get; } = new();

    /// <summary>Whether a request to <paramref name="path"/> carried <paramref name="text"/>.</summary>
    public bool Received(string path, string text) =>
        Requests.Any(r => r.Path == path && Encoding.Latin1.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? "", body.ToArray()));
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/x-protobuf";
        context.Response.Close();
    }
}
