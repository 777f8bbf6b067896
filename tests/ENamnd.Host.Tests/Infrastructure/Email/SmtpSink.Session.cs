using System.Net.Sockets;
using System.Text;

namespace ENamnd.Host.Tests.Infrastructure.Email;

internal sealed partial class SmtpSink
{
    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var lines = new LineReader(stream);
        string? from = null;
        var recipients = new List<string>();
        try
        {
            await ReplyAsync(stream, "220 sink.test ESMTP ready");
            while (await lines.ReadAsync(_stop.Token) is { } bytes)
            {
                var line = Encoding.ASCII.GetString(bytes);
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                var argument = line.Length > verb.Length ? line[(verb.Length + 1)..] : "";
                switch (verb)
                {
                    case "EHLO":
                        await ReplyAsync(stream, "250-sink.test\r\n250 AUTH PLAIN LOGIN");
                        break;
                    case "HELO":
                        await ReplyAsync(stream, "250 sink.test");
                        break;
                    case "AUTH":
                        await AuthenticateAsync(stream, lines, argument);
                        break;
                    case "MAIL":
                        if (TakeFailure(SmtpSinkStage.MailFrom, out var mailReply))
                        {
                            await ReplyAsync(stream, mailReply);
                            break;
                        }
                        from = Angle(argument);
                        recipients.Clear();
                        await ReplyAsync(stream, "250 2.1.0 Ok");
                        break;
                    case "RCPT":
                        recipients.Add(Angle(argument));
                        await ReplyAsync(stream, "250 2.1.5 Ok");
                        break;
                    case "DATA":
                        await ReplyAsync(stream, "354 End data with <CR><LF>.<CR><LF>");
                        var raw = await ReadDataAsync(lines);
                        if (TakeFailure(SmtpSinkStage.Data, out var dataReply))
                        {
                            await ReplyAsync(stream, dataReply);
                        }
                        else
                        {
                            Messages.Enqueue(new SmtpSinkMessage(from ?? "", recipients.ToList(), raw));
                            await ReplyAsync(stream, "250 2.0.0 Ok: queued");
                        }
                        from = null;
                        recipients.Clear();
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await ReplyAsync(stream, "250 2.0.0 Ok");
                        break;
                    case "NOOP":
                        await ReplyAsync(stream, "250 2.0.0 Ok");
                        break;
                    case "QUIT":
                        await ReplyAsync(stream, "221 2.0.0 Bye");
                        return;
                    default:
                        await ReplyAsync(stream, "502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away (e.g. after an error reply); nothing to record.
        }
    }

    private async Task AuthenticateAsync(NetworkStream stream, LineReader lines, string argument)
    {
        var parts = argument.Split(' ', 2);
        var mechanism = parts[0].ToUpperInvariant();
        if (mechanism == "PLAIN")
        {
            var initial = parts.Length > 1 ? parts[1] : await PromptAsync(stream, lines, "334 ");
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(initial)).Split('\0');
            Logins.Enqueue((fields[1], fields[2]));
        }
        else if (mechanism == "LOGIN")
        {
            var user = parts.Length > 1 ? parts[1] : await PromptAsync(stream, lines, "334 VXNlcm5hbWU6");
            var password = await PromptAsync(stream, lines, "334 UGFzc3dvcmQ6");
            Logins.Enqueue((Decode(user), Decode(password)));
        }
        else
        {
            await ReplyAsync(stream, "504 5.5.4 Unrecognized authentication type");
            return;
        }
        await ReplyAsync(stream, "235 2.7.0 Authentication successful");
    }

    private async Task<string> PromptAsync(NetworkStream stream, LineReader lines, string prompt)
    {
        await ReplyAsync(stream, prompt);
        return Encoding.ASCII.GetString(await lines.ReadAsync(_stop.Token) ?? throw new IOException("Closed during AUTH."));
    }

    private async Task<byte[]> ReadDataAsync(LineReader lines)
    {
        using var message = new MemoryStream();
        while (await lines.ReadAsync(_stop.Token) is { } line)
        {
            if (line is [(byte)'.']) return message.ToArray();
            // Dot-unstuffing (RFC 5321 4.5.2): a leading dot was doubled by the client.
            var content = line is [(byte)'.', ..] ? line[1..] : line;
            message.Write(content);
            message.Write("\r\n"u8);
        }
        throw new IOException("Closed during DATA.");
    }

    private static string Angle(string argument)
    {
        var start = argument.IndexOf('<');
        var end = argument.IndexOf('>', start + 1);
        return start >= 0 && end > start ? argument[(start + 1)..end] : argument;
    }

    private static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    private async Task ReplyAsync(NetworkStream stream, string reply) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply + "\r\n"), _stop.Token);
}
