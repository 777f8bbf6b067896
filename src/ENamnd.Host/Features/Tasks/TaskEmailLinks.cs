using System.Net;
using ENamnd.Activities.Email;
using ENamnd.Activities.Tasks;
using ENamnd.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Tasks;

/// <summary>
/// Puts the real task links (and the links to the recipient's calendar subscription page, reached with the same token)
/// into an outgoing email in place of the placeholders activities write.
/// A link goes only to the task's own recipient: a placeholder of an unknown task, or of a task
/// addressed to someone else, becomes a notice instead of a working link.
/// </summary>
public sealed class TaskEmailLinks(IDbContextFactory<ENamndDbContext> contexts, TaskLinkBuilder links, ILogger<TaskEmailLinks> logger)
{
    /// <summary>What replaces a placeholder that gets no link.</summary>
    public const string Unavailable = "(länken kunde inte skapas – kontakta e-kontoret)";

    /// <summary>The message with every task-link placeholder replaced.</summary>
    public async Task<EmailMessage> FillAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var taskIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in new[] { message.TextBody, message.HtmlBody ?? "" })
        {
            TaskLinks.Replace(body, id =>
            {
                taskIds.Add(id);
                return "";
            });
            TaskLinks.ReplaceCalendar(body, id =>
            {
                taskIds.Add(id);
                return "";
            });
        }
        if (taskIds.Count == 0) return message;
        var ids = taskIds.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipients = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => (Email: t.RecipientEmail, t.LinkVersion), StringComparer.Ordinal, cancellationToken);
        var addressees = message.To.Select(a => a.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var granted = new Dictionary<string, string?>(StringComparer.Ordinal);
        var calendars = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            // A task given to someone else since this email was written is the new recipient's: the old email gets no link.
            var allowed = recipients.TryGetValue(id, out var recipient) && addressees.Contains(recipient.Email);
            if (!allowed) logger.LogWarning("An email placeholder names task {TaskId}, which is unknown or not addressed to the email's recipients; no link inserted", id);
            granted[id] = allowed ? links.LinkFor(id, recipient.LinkVersion) : null;
            calendars[id] = allowed ? links.CalendarLinkFor(id, recipient.LinkVersion) : null;
        }
        return message with
        {
            TextBody = Fill(message.TextBody, granted, calendars, link => link),
            HtmlBody = message.HtmlBody is null ? null : Fill(message.HtmlBody, granted, calendars, WebUtility.HtmlEncode),
        };
    }

    private static string Fill(string text, Dictionary<string, string?> taskLinks, Dictionary<string, string?> calendarLinks, Func<string, string> encode) =>
        TaskLinks.ReplaceCalendar(TaskLinks.Replace(text, id => encode(taskLinks.GetValueOrDefault(id) ?? Unavailable)),
            id => encode(calendarLinks.GetValueOrDefault(id) ?? Unavailable));
}
