using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ENamnd.TestSupport;

namespace ENamnd.Engine.Tests.Activities.Http;

/// <summary>A server on 127.0.0.1 that answers every request with one status, content type and body, after a delay, and keeps what it received.</summary>
internal sealed class LocalHttpServer(int status = 200, string? contentType = null, string? body = null, TimeSpan delay = default) : LoopbackHttpServer
{
    public int Status { get; } = status;

    public string? ContentType { get; } = contentType;

    public string? Body { get; } = body;

    public TimeSpan Delay { get; } = delay;

    /// <summary>Every request: method, path, content type, headers and body.</summary>
    public ConcurrentQueue<(string Method, string Path, string? ContentType, Dictionary<string, string?> Headers, string Body)> Requests { get; } = new();

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var headers = request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => request.Headers[k], StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue((request.HttpMethod, request.Url!.AbsolutePath, request.ContentType, headers, await reader.ReadToEndAsync()));
        if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
        context.Response.StatusCode = Status;
        if (ContentType is not null) context.Response.ContentType = ContentType;
        if (Body is not null) await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(Body));
        context.Response.Close();
    }
}
