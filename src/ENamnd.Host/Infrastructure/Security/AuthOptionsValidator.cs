using Microsoft.Extensions.Options;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Checks the <c>Auth</c> section at start-up.</summary>
internal sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    /// <summary>Validates the options; a key is optional, but a configured one must be long enough.</summary>
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        var key = options.CoordinatorApiKey;
        if (options.HasConfiguredKey && key!.Trim().Length < AuthOptions.MinimumKeyLength)
        {
            failures.Add($"Auth:CoordinatorApiKey must be at least {AuthOptions.MinimumKeyLength} characters long (or left empty to have a key generated in the data directory).");
        }
        if (options.HasConfiguredKey && key!.Trim().Length != key.Length)
        {
            failures.Add("Auth:CoordinatorApiKey must not start or end with whitespace.");
        }
        if (options.MaxFailedAttempts < 1)
        {
            failures.Add("Auth:MaxFailedAttempts must be at least 1.");
        }
        if (options.MaxFailedAttemptsOverall < options.MaxFailedAttempts)
        {
            failures.Add("Auth:MaxFailedAttemptsOverall must be at least Auth:MaxFailedAttempts.");
        }
        if (options.FailureWindow <= TimeSpan.Zero)
        {
            failures.Add("Auth:FailureWindow must be a positive time span, e.g. 00:05:00.");
        }
        if (options.SessionLifetime <= TimeSpan.Zero)
        {
            failures.Add("Auth:SessionLifetime must be a positive time span, e.g. 08:00:00.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
