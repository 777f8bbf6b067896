using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ENamnd.Host.Tests.Infrastructure.Email;

/// <summary>Where <see cref="SmtpSink"/> can be told to refuse a transaction.</summary>
internal enum SmtpSinkStage
{
    MailFrom,
    Data,
}

/// <summary>A message the sink accepted: the envelope and the raw bytes after dot-unstuffing.</summary>
internal sealed record SmtpSinkMessage(string From, IReadOnlyList<string> Recipients, byte[] Raw)
{
    public string RawText => Encoding.Latin1.GetString(Raw);
}

/// <summary>
/// A minimal SMTP server on 127.0.0.1 for tests: EHLO with AUTH PLAIN/LOGIN (no STARTTLS), MAIL, RCPT,
/// DATA with dot-unstuffing, RSET, NOOP, QUIT. It records accepted messages and credentials, and can
/// answer the next transactions with an error at MAIL FROM or at the end of DATA.
/// </summary>
internal sealed partial class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly object _gate = new();
    private (SmtpSinkStage Stage, string Reply, int Remaining)? _failure;

    public SmtpSink()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public ConcurrentQueue<SmtpSinkMessage> Messages { get; } = new();

    public ConcurrentQueue<(string UserName, string Password)> Logins { get; } = new();

    /// <summary>Answers the next <paramref name="count"/> transactions with <paramref name="reply"/> at <paramref name="stage"/>.</summary>
    public void FailNext(int count, SmtpSinkStage stage, string reply = "451 4.3.0 Try again later")
    {
        lock (_gate) _failure = (stage, reply, count);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private bool TakeFailure(SmtpSinkStage stage, out string reply)
    {
        lock (_gate)
        {
            reply = "";
            if (_failure is not { } failure || failure.Stage != stage || failure.Remaining <= 0) return false;
            _failure = failure with { Remaining = failure.Remaining - 1 };
            reply = failure.Reply;
            return true;
        }
    }
}
