using System.Net;

namespace ENamnd.TestSupport;

/// <summary>
/// A small HTTP server on 127.0.0.1 and a free port for tests that need something to call; a subclass answers each
/// request. Requests are answered concurrently, and disposing stops the server.
/// </summary>
public abstract class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task serving;

    /// <summary>Starts listening on a free loopback port.</summary>
    protected LoopbackHttpServer()
    {
        Port = FreePort.Next();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The server's address, ending in a slash.</summary>
    public string Url => $"http://127.0.0.1:{Port}/";

    /// <summary>Answers one request; the response must be closed.</summary>
    protected abstract Task AnswerAsync(HttpListenerContext context);

    /// <inheritdoc />
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
        GC.SuppressFinalize(this);
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
            _ = Task.Run(async () =>
            {
                try
                {
                    await AnswerAsync(context);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    // The client gave up (a timeout test) or the server closed.
                }
            });
        }
    }
}
