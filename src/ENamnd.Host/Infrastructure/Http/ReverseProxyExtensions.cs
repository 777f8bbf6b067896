namespace ENamnd.Host.Infrastructure.Http;

/// <summary>Wiring of <see cref="ReverseProxyOptions"/>.</summary>
public static class ReverseProxyExtensions
{
    /// <summary>Reads the trusted proxies; a setting that cannot be read stops the host at start-up.</summary>
    public static WebApplicationBuilder AddReverseProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.Problems().Count == 0, "ReverseProxy: a known proxy or network cannot be read (IP addresses and CIDR networks).")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Takes the client address and scheme from a trusted proxy's forwarded headers; call first, so the request log,
    /// the lockout, the rate limits and the cookie's <c>Secure</c> flag all see the real client.
    /// </summary>
    public static WebApplication UseReverseProxy(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (proxies.IsConfigured && proxies.Problems().Count == 0) app.UseForwardedHeaders(proxies.ToForwardedHeaders());
        return app;
    }
}
