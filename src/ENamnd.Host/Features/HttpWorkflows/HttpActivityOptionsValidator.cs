using ENamnd.Engine.Activities.Http;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>Checks the <c>HttpWorkflows</c> settings at start-up, with messages in Swedish.</summary>
public sealed class HttpActivityOptionsValidator : IValidateOptions<HttpActivityOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HttpActivityOptions options)
    {
        var errors = new List<string>();
        var basePath = options.BasePath?.Trim() ?? "";
        if (!basePath.StartsWith('/') || basePath.Trim('/').Length == 0 || basePath.IndexOfAny(['{', '}', '?', '#', '*']) >= 0)
            errors.Add($"{HttpActivityOptions.Section}:BasePath måste vara en sökväg som börjar med / och har minst ett led, t.ex. /workflows (nu '{options.BasePath}').");
        if (options.MaxRequestBodyBytes <= 0)
            errors.Add($"{HttpActivityOptions.Section}:MaxRequestBodyBytes måste vara större än 0.");
        if (options.MaxResponseBodyBytes <= 0)
            errors.Add($"{HttpActivityOptions.Section}:MaxResponseBodyBytes måste vara större än 0.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
