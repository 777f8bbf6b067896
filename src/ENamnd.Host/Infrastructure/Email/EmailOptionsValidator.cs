using System.Net;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ENamnd.Host.Infrastructure.Email;

/// <summary>Checks the <c>Email</c> section at start-up and says what is wrong with it (never echoing the password).</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.From ?? "", out var from) || from.Address != options.From?.Trim())
            failures.Add($"Email:From must be a plain email address (e.g. noreply@example.org), not '{options.From}'.");
        if (string.IsNullOrWhiteSpace(options.FromName) || options.FromName.Any(char.IsControl))
            failures.Add("Email:FromName must be a non-empty display name on one line.");
        if (!IsDomain(options.MessageIdDomain))
            failures.Add($"Email:MessageIdDomain must be a domain name such as enamnd.local, not '{options.MessageIdDomain}'.");
        if (options.Mode == EmailMode.Pickup && string.IsNullOrWhiteSpace(options.PickupDirectory))
            failures.Add("Email:PickupDirectory must be set in Pickup mode.");
        if (options.Mode == EmailMode.Smtp) ValidateSmtp(options.Smtp, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Whether <paramref name="host"/> names this machine without a look-up: <c>localhost</c> or a loopback address.</summary>
    public static bool IsLoopback(string? host)
    {
        if (string.IsNullOrWhiteSpace(host)) return false;
        var trimmed = host.Trim().TrimStart('[').TrimEnd(']');
        if (trimmed.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
    }

    private static void ValidateSmtp(SmtpOptions smtp, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            failures.Add("Email:Smtp:Host is required when Email:Mode is Smtp.");
            return;
        }
        if (smtp.Port is < 1 or > 65535)
            failures.Add($"Email:Smtp:Port must be between 1 and 65535, not {smtp.Port}.");
        if (smtp.TimeoutSeconds < 1)
            failures.Add($"Email:Smtp:TimeoutSeconds must be at least 1, not {smtp.TimeoutSeconds}.");
        if (smtp.Security == SmtpSecurity.None && !(smtp.AllowInsecureLoopback && IsLoopback(smtp.Host)))
            failures.Add(
                $"Email:Smtp:Security None (no encryption) is not allowed for host '{smtp.Host}': use StartTls or SslOnConnect, " +
                "or, for a relay on this machine only, a loopback host (localhost, 127.0.0.1, ::1) with Email:Smtp:AllowInsecureLoopback true.");
        if (string.IsNullOrEmpty(smtp.UserName) && !string.IsNullOrEmpty(smtp.Password))
            failures.Add("Email:Smtp:Password is set but Email:Smtp:UserName is empty.");
    }

    private static bool IsDomain(string? domain) =>
        !string.IsNullOrWhiteSpace(domain)
        && Uri.CheckHostName(domain) == UriHostNameType.Dns
        && domain.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
