using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>
/// A stand-in OTLP/HTTP collector on 127.0.0.1: takes every POST, keeps its path and body, answers 200. The bodies are
/// protobuf, whose strings (span, meter and metric names) are plain UTF-8 bytes, so they are searched as text.
/// </summary>
internal sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public OtlpReceiver()
    {
        Port = FreePort.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public ConcurrentQueue<(string Path, string ContentType, byte[] Body)> Requests { get; } = new();

    /// <summary>Whether a request to <paramref name="path"/> carried <paramref name="text"/>.</summary>
    public bool Received(string path, string text) =>
        Requests.Any(r => r.Path == path && Encoding.Latin1.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        listener.Close();
        try
        {
            serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closing the listener ends the loop with an exception.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue((context.Request.Url!.AbsolutePath, context.Request.ContentType ?? "", body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
