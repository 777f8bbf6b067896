using System.Text;
using ENamnd.Activities.Email;

namespace ENamnd.Activities.Tasks;

/// <summary>The Swedish emails that carry tasks: the invitation and its reminders (same thread).</summary>
public static class TaskEmails
{
    /// <summary>The first email of a task.</summary>
    public static EmailMessage Invitation(OpenedTask task) => Compose(task, task.Title, "");

    /// <summary>A reminder of an unanswered task.</summary>
    public static EmailMessage Reminder(OpenedTask task) => Compose(task, $"Påminnelse: {task.Title}", "Det här är en påminnelse – vi har ännu inte fått ditt svar.\n\n");

    private static EmailMessage Compose(OpenedTask task, string title, string preface)
    {
        var link = TaskLinks.Placeholder(task.TaskId);
        var calendar = TaskLinks.CalendarPlaceholder(task.TaskId);
        // A task of a contract without a case carries the contract's internal key, which is not shown.
        var caseNumber = CaseNumbers.Shown(task.CaseNumber);
        var subject = title + CaseNumbers.Suffix(caseNumber);
        var greeting = task.Recipient.Name is { Length: > 0 } name ? $"Hej {name}!" : "Hej!";
        var deadline = task.DueAt is { } due ? $"Svara senast {SwedishDates.DayAndTime(due)}.\n" : "";
        var text = new StringBuilder()
            .Append(greeting).Append("\n\n").Append(preface).Append(task.Question).Append("\n\n")
            .Append(caseNumber is null ? "" : $"Ärende: {caseNumber}\n").Append(deadline)
            .Append("\nSvara via den här länken:\n").Append(link).Append("\n\n")
            .Append("Länken är personlig och kan användas en gång. Vidarebefordra inte det här meddelandet.\n\n")
            .Append("Prenumerera på din kalender med möten och svarstider:\n").Append(calendar).Append("\n\n")
            .Append(EmailSignOff.Text)
            .ToString();
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"sv\"><body style=\"font-family:sans-serif\">")
            .Append("<p>").Append(Encode(greeting)).Append("</p>")
            .Append(preface.Length > 0 ? $"<p>{Encode(preface.Trim())}</p>" : "")
            .Append(PlainTextHtml.Paragraphs(task.Question))
            .Append(caseNumber is null ? "" : $"<p>Ärende: {Encode(caseNumber)}</p>")
            .Append(deadline.Length > 0 ? $"<p>{Encode(deadline.Trim())}</p>" : "")
            .Append("<p><a href=\"").Append(link).Append("\" style=\"display:inline-block;padding:10px 18px;background:#1b5e9b;color:#fff;text-decoration:none;border-radius:4px\">Svara</a></p>")
            .Append("<p style=\"color:#555;font-size:small\">Länken är personlig och kan användas en gång. Vidarebefordra inte det här meddelandet.</p>")
            .Append("<p><a href=\"").Append(calendar).Append("\">Prenumerera på din kalender</a> med möten och svarstider.</p>")
            .Append("<p>").Append(EmailSignOff.Text).Append("</p></body></html>")
            .ToString();
        return new EmailMessage
        {
            To = [new EmailAddress(task.Recipient.Email, task.Recipient.Name)],
            Subject = subject,
            TextBody = text,
            HtmlBody = html,
            ThreadKey = task.TaskId,
        };
    }

    private static string Encode(string text) => PlainTextHtml.Encode(text);
}
