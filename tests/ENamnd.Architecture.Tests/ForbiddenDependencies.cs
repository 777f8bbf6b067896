namespace ENamnd.Architecture.Tests;

/// <summary>The infrastructure the engine must not know: packages, namespaces, SDKs and shared frameworks.</summary>
internal static class ForbiddenDependencies
{
    /// <summary>Package ids the engine must not reference; a trailing '*' matches any id with that prefix.</summary>
    public static readonly IReadOnlyList<string> PackagePatterns =
    [
        "Hangfire*",
        "MailKit",
        "MimeKit",
        "Microsoft.EntityFrameworkCore*",
        "Npgsql*",
        "Serilog*",
        "Microsoft.AspNetCore*",
    ];

    /// <summary>Namespaces that engine source must not import or name.</summary>
    public static readonly IReadOnlyList<string> Namespaces =
    [
        ProjectLayers.Activities,
        ProjectLayers.Workflows,
        ProjectLayers.Persistence,
        ProjectLayers.Designer,
        ProjectLayers.Host,
        ProjectLayers.Http,
        "Hangfire",
        "MailKit",
        "MimeKit",
        "Microsoft.EntityFrameworkCore",
        "Npgsql",
        "Serilog",
        "Microsoft.AspNetCore",
    ];

    /// <summary>The SDK that turns a project into an ASP.NET Core application.</summary>
    public const string WebSdk = "Microsoft.NET.Sdk.Web";

    /// <summary>The ASP.NET Core shared framework.</summary>
    public const string AspNetCoreFramework = "Microsoft.AspNetCore.App";

    /// <summary>The pattern that forbids <paramref name="packageId"/>, or null when the package is allowed.</summary>
    public static string? MatchPackage(string packageId) =>
        PackagePatterns.FirstOrDefault(pattern => pattern.EndsWith('*')
            ? packageId.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(packageId, pattern, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="frameworkName"/> is the ASP.NET Core shared framework.</summary>
    public static bool IsForbiddenFramework(string frameworkName) =>
        string.Equals(frameworkName, AspNetCoreFramework, StringComparison.OrdinalIgnoreCase);
}
