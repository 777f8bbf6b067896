namespace ENamnd.Host.Infrastructure.Email;

/// <summary>Outgoing email (<c>Email</c> section).</summary>
public sealed class EmailOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Email";

    /// <summary>The pickup directory's name inside the data directory when none is configured.</summary>
    public const string DefaultPickupDirectory = "mail";

    /// <summary>How messages are delivered.</summary>
    public EmailMode Mode { get; set; } = EmailMode.Pickup;

    /// <summary>The sender address.</summary>
    public string From { get; set; } = "noreply@example.org";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Norrbottens e-nämnd";

    /// <summary>Where <see cref="EmailMode.Pickup"/> writes messages; relative paths start at the data directory. A full path after start-up.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>The domain part of every Message-ID (<c>&lt;outbox-id@domain&gt;</c>).</summary>
    public string MessageIdDomain { get; set; } = "enamnd.local";

    /// <summary>The SMTP server, used in <see cref="EmailMode.Smtp"/>.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The pickup directory as a full path, relative paths resolved against <paramref name="dataDirectory"/>.</summary>
    public string ResolvePickupDirectory(string dataDirectory) =>
        Path.GetFullPath(
            string.IsNullOrWhiteSpace(PickupDirectory) ? DefaultPickupDirectory : PickupDirectory,
            Path.GetFullPath(dataDirectory));
}
