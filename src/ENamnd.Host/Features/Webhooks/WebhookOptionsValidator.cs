using ENamnd.Host.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Webhooks;

/// <summary>Checks the <c>Webhooks</c> section at start-up and says in Swedish what is wrong (never echoing a secret).</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    /// <summary>The shortest secret accepted.</summary>
    public const int MinSecretLength = 32;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
            failures.Add($"Webhooks:Timeout måste vara mellan 00:00:01 och 00:05:00, inte {options.Timeout}.");
        if (options.MaxAttempts is < 1 or > 50)
            failures.Add($"Webhooks:MaxAttempts måste vara mellan 1 och 50, inte {options.MaxAttempts}.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Subscribers.Count; i++)
            ValidateSubscriber($"Webhooks:Subscribers:{i}", options.Subscribers[i], names, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSubscriber(string at, WebhookSubscriber subscriber, HashSet<string> names, List<string> failures)
    {
        var name = subscriber.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            failures.Add($"{at}:Name måste anges med 1–100 tecken: bokstäverna a–z, siffror, '-', '_' och '.'.");
        else if (!names.Add(name))
            failures.Add($"{at}:Name '{name}' används av flera mottagare.");
        if ((subscriber.Secret?.Length ?? 0) < MinSecretLength)
            failures.Add($"{at}:Secret måste vara minst {MinSecretLength} tecken långt.");
        // The address is named by its key and at most its scheme, host and port: user info, path and query may hold secrets.
        if (!Uri.TryCreate(subscriber.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
            failures.Add($"{at}:Url måste vara en absolut http- eller https-adress.");
        else if (url.UserInfo.Length > 0)
            failures.Add($"{at}:Url ({Origin(url)}) får inte innehålla användarnamn eller lösenord: mottagaren känner igen e-nämnden på signaturen.");
        else if (url.Scheme == "http" && !subscriber.AllowInsecureHttp && !EmailOptionsValidator.IsLoopback(url.Host))
            failures.Add($"{at}:Url ({Origin(url)}) använder okrypterad http: använd https, en adress på den här datorn (localhost, 127.0.0.1, ::1) eller sätt {at}:AllowInsecureHttp till true.");
        foreach (var type in subscriber.Events ?? [])
        {
            if (!WebhookEventTypes.All.Contains(type, StringComparer.Ordinal))
                failures.Add($"{at}:Events: okänd händelsetyp '{type}'; kända är {string.Join(", ", WebhookEventTypes.All)}.");
        }
    }

    // Scheme, host and port only (e.g. https://diarium.example.org:8443), never user info, path or query.
    private static string Origin(Uri url) => url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
}
