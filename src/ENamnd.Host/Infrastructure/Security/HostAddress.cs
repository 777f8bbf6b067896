namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The address the sign-in banner tells a person to open: the first of the host's <c>Urls</c>, as a browser on this machine reaches it.</summary>
public static class HostAddress
{
    /// <summary>The default of <c>Urls</c> in appsettings.json.</summary>
    public const string Default = "http://127.0.0.1:5080";

    // Hosts that mean "every interface": a browser on the same machine reaches them on the loopback address.
    private static readonly string[] Wildcards = ["*", "+", "0.0.0.0", "[::]"];

    /// <summary>E.g. <c>http://127.0.0.1:5080/</c> for <c>Urls</c> = <c>http://127.0.0.1:5080;http://*:8080</c>, with a trailing slash.</summary>
    public static string ToOpen(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? Default;
        foreach (var wildcard in Wildcards)
            first = first.Replace($"://{wildcard}:", "://127.0.0.1:", StringComparison.Ordinal).Replace($"://{wildcard}/", "://127.0.0.1/", StringComparison.Ordinal);
        return first.EndsWith('/') ? first : first + "/";
    }
}
