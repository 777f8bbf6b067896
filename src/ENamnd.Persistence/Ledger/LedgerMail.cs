using ENamnd.Activities.Email;

namespace ENamnd.Persistence.Ledger;

/// <summary>An email to queue once under its ledger key, with what else its transaction writes (e.g. the events it stands for).</summary>
/// <param name="Key">The idempotency key the email is recorded under.</param>
/// <param name="Message">The email.</param>
/// <param name="AlsoWrite">Rows added to the same context, saved with the key; null for none.</param>
public sealed record LedgerMail(LedgerKey Key, EmailMessage Message, Func<ENamndDbContext, Task>? AlsoWrite = null);
