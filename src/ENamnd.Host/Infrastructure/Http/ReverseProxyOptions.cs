using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ENamnd.Host.Infrastructure.Http;

/// <summary>
/// The reverse proxies in front of the host (<c>ReverseProxy</c> section). Only a request from one of them may say,
/// with <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>, which client sent it and whether over HTTPS; from anyone
/// else those headers are ignored. With none configured, the host trusts no proxy and the headers are never read.
/// </summary>
public sealed class ReverseProxyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ReverseProxy";

    /// <summary>The proxies' addresses, e.g. <c>127.0.0.1</c> for a proxy on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>The proxies' networks in CIDR notation, e.g. <c>10.0.4.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Whether any proxy is trusted.</summary>
    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;

    /// <summary>The settings that cannot be read, in English as start-up errors are.</summary>
    public IReadOnlyList<string> Problems() =>
    [
        .. KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Select(p => $"ReverseProxy:KnownProxies: '{p}' is not an IP address."),
        .. KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)).Select(n => $"ReverseProxy:KnownNetworks: '{n}' is not a network in CIDR notation (e.g. 10.0.4.0/24)."),
    ];

    /// <summary>ASP.NET Core's forwarded-headers settings trusting exactly these proxies.</summary>
    public ForwardedHeadersOptions ToForwardedHeaders()
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // Not the framework's default (loopback): only what the configuration names is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        return options;
    }
}
