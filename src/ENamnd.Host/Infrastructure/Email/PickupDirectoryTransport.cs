using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>
/// Writes each message as an <c>.eml</c> file into the pickup directory. A file appears whole or
/// not at all (written under a temporary name, then moved), and is never overwritten: a message
/// sent twice shows as two files with the same Message-ID.
/// </summary>
public sealed class PickupDirectoryTransport(IOptions<EmailOptions> options, TimeProvider clock, ILogger<PickupDirectoryTransport> logger)
    : IEmailTransport
{
    /// <summary>The extension of finished messages; temporary files end differently.</summary>
    public const string Extension = ".eml";

    private const string TemporaryExtension = ".tmp";

    // RFC 5322 line ends (CRLF) whatever the platform, as an SMTP server would store them.
    private static readonly FormatOptions Format = CreateFormat();

    private readonly string _directory = options.Value.PickupDirectory
        ?? throw new InvalidOperationException("Email:PickupDirectory is not resolved.");

    /// <inheritdoc />
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var path = Path.Combine(_directory, FileName(message));
        var temporary = path + TemporaryExtension;
        try
        {
            Directory.CreateDirectory(_directory);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024, useAsync: true))
            {
                await message.WriteToAsync(Format, stream, ct);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new EmailDeliveryException($"Could not write message <{message.MessageId}> to the pickup directory: {e.Message}", isTransient: true, e);
        }
        catch (OperationCanceledException)
        {
            TryDelete(temporary);
            throw;
        }
        logger.LogInformation("Wrote email {MessageId} to {File}", message.MessageId, Path.GetFileName(path));
    }

    // <utc time>-<Message-ID local part>-<random>: sorts by time, names the message, never collides.
    private string FileName(MimeMessage message)
    {
        var localPart = (message.MessageId ?? "message").Split('@')[0];
        var safe = new string(localPart.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var time = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        return $"{time}-{safe}-{random}{Extension}";
    }

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a left-over .tmp file is never read as a message.
        }
    }
}
