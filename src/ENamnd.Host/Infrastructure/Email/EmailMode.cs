namespace ENamnd.Host.Infrastructure.Email;

/// <summary>How the host delivers email.</summary>
public enum EmailMode
{
    /// <summary>Writes each message as an <c>.eml</c> file into the pickup directory (the embedded default).</summary>
    Pickup,

    /// <summary>Sends each message to an SMTP server.</summary>
    Smtp,
}
