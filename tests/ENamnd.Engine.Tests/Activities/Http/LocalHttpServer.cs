using System.Collections.Concurrent;
using System.Net;
using System.Text;
using ENamnd.TestSupport;

namespace ENamnd.Engine.Tests.Activities.Http;

/// <summary>A server on 127.0.0.1 that answers every request with one status, content type and body, after a delay, and keeps what it received.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    public LocalHttpServer(int status = 200, string? contentType = null, string? body = null, TimeSpan delay = default)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        Delay = delay;
        Url = $"http://127.0.0.1:{FreePort.Next()}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public int Status { get; }

    public string? ContentType { get; }

    public string? Body { get; }

    public TimeSpan Delay { get; }

    /// <summary>Every request: method, path, content type, headers and body.</summary>
    public ConcurrentQueue<(string Method, string Path, string? ContentType, Dictionary<string, string?> Headers, string Body)> Requests { get; } = new();

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
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var headers = request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => request.Headers[k], StringComparer.OrdinalIgnoreCase);
        Requests.Enqueue((request.HttpMethod, request.Url!.AbsolutePath, request.ContentType, headers, await reader.ReadToEndAsync()));
        try
        {
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay);
            context.Response.StatusCode = Status;
            if (ContentType is not null) context.Response.ContentType = ContentType;
            if (Body is not null) await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(Body));
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // The client gave up (a timeout test) or the server closed.
        }
    }
}
