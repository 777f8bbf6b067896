using System.Net.Mail;
using ENamnd.Activities.Meetings;
using ENamnd.Activities.People;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Meetings;

/// <summary>
/// Whom a body's meeting emails name for förhinder and replies, and who organises its invitations: the configured
/// mailbox (<see cref="MeetingOptions.OrganizerEmail"/>), else the committee's secretary (for the preparation group the
/// e-samordnare); null when there is neither.
/// </summary>
public sealed class MeetingContacts(IParticipantDirectory directory, IOptions<MeetingOptions> options)
{
    /// <summary>The contact of <paramref name="body"/>'s meetings, or null.</summary>
    public async Task<MeetingContact?> ForAsync(MeetingBody body, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (!string.IsNullOrWhiteSpace(settings.OrganizerEmail))
            return new MeetingContact(string.IsNullOrWhiteSpace(settings.OrganizerName) ? settings.OrganizerEmail.Trim() : settings.OrganizerName.Trim(), settings.OrganizerEmail.Trim());
        var role = body == MeetingBody.Namnd ? Role.Sekreterare : Role.Esamordnare;
        // Several holders: the same one every time, so a notice and its update name the same person.
        var holder = (await directory.FindByRoleAsync(role, cancellationToken: cancellationToken))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault();
        return holder is null ? null : new MeetingContact(holder.Name, holder.Email);
    }

    /// <summary>Whether a configured mailbox is empty or one plain email address.</summary>
    public static bool IsMailbox(string? address) =>
        string.IsNullOrWhiteSpace(address) || (MailAddress.TryCreate(address.Trim(), out var parsed) && parsed.Address == address.Trim());
}
