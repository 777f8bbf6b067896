namespace ENamnd.Host.Infrastructure.Email;

/// <summary>The SMTP server (<c>Email:Smtp</c> section).</summary>
public sealed class SmtpOptions
{
    /// <summary>The server's host name or address.</summary>
    public string? Host { get; set; }

    /// <summary>The server's port (587 for submission with STARTTLS, 465 for implicit TLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How the connection is protected.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>The user name to authenticate with; no authentication when empty.</summary>
    public string? UserName { get; set; }

    /// <summary>The password; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Allows <see cref="SmtpSecurity.None"/>, and only towards a loopback host (a local relay or a test sink).</summary>
    public bool AllowInsecureLoopback { get; set; }

    /// <summary>How long one connect, command or transfer may take, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
