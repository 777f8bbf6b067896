namespace ENamnd.Host.Infrastructure.Email;

/// <summary>How the connection to the SMTP server is protected.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS; fails if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, usually port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: accepted only for a loopback host with <see cref="SmtpOptions.AllowInsecureLoopback"/>.</summary>
    None,
}
