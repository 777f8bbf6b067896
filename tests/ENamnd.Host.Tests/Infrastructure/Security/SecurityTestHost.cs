using System.Net;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Logging;
using ENamnd.Host.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>A small host with coordinator security (and optionally logging) on a test server, independent of the real host's wiring.</summary>
internal sealed class SecurityTestHost : IAsyncDisposable
{
    public const string Key = "testnyckel-0123456789-abcdef";
    public const string ClientIpHeader = "X-Test-Client-Ip";

    private readonly WebApplication _app;

    private SecurityTestHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SecurityTestHost> StartAsync(
        string? key = Key,
        TimeProvider? clock = null,
        ILogEventSink? logSink = null,
        IDictionary<string, string?>? settings = null,
        string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "enamnd-security-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            // Empty means "not configured", whatever the environment says.
            ["Auth:CoordinatorApiKey"] = key ?? "",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string?>()) configuration[name] = value;
        builder.Configuration.AddInMemoryCollection(configuration);
        if (clock is not null) builder.Services.AddSingleton(clock);
        if (logSink is not null)
        {
            builder.Services.AddSingleton(logSink);
            builder.AddENamndLogging();
        }
        builder.AddReverseProxy();
        builder.AddCoordinatorSecurity();

        var app = builder.Build();
        if (logSink is not null) app.UseENamndRequestLogging();
        // Lets a test speak as different clients; the test server has no remote address of its own.
        app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue(ClientIpHeader, out var ip)) context.Connection.RemoteIpAddress = IPAddress.Parse(ip!);
            return next(context);
        });
        app.UseReverseProxy();
        app.UseCoordinatorSecurity();
        app.MapGet("/protected", () => "hemligt");
        app.MapGet("/dashboard", () => "instrumentpanel").RequireCoordinator();
        app.MapGet("/health", () => "Healthy").AllowAnonymous();
        app.MapGroup("/tasks").AllowAnonymous().MapGet("/{id}", (string id) => $"uppgift {id}");
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new SecurityTestHost(app, dataDirectory);
    }

    public HttpClient CreateClient(string baseAddress = "http://localhost/")
    {
        var client = _app.GetTestServer().CreateClient();
        client.BaseAddress = new Uri(baseAddress);
        return client;
    }

    public static HttpRequestMessage Get(string path, string? apiKey = null, bool browser = false, string? cookie = null, string? clientIp = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        Decorate(request, apiKey, browser, cookie, clientIp);
        return request;
    }

    public static HttpRequestMessage PostLogin(string key, string? returnUrl = null, string? clientIp = null)
    {
        var fields = new Dictionary<string, string> { ["key"] = key };
        if (returnUrl is not null) fields["returnUrl"] = returnUrl;
        var request = new HttpRequestMessage(HttpMethod.Post, "/login") { Content = new FormUrlEncodedContent(fields) };
        Decorate(request, apiKey: null, browser: true, cookie: null, clientIp);
        return request;
    }

    /// <summary>The <c>name=value</c> part of the coordinator cookie set by <paramref name="response"/>, if any.</summary>
    public static string? CookieFrom(HttpResponseMessage response) =>
        SetCookieHeaders(response)
            .FirstOrDefault(header => header.StartsWith(CoordinatorCookie.Name + "=", StringComparison.Ordinal))
            ?.Split(';')[0];

    public static IEnumerable<string> SetCookieHeaders(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static void Decorate(HttpRequestMessage request, string? apiKey, bool browser, string? cookie, string? clientIp)
    {
        if (apiKey is not null) request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + apiKey);
        request.Headers.TryAddWithoutValidation("Accept", browser ? "text/html,application/xhtml+xml,*/*;q=0.8" : "application/json");
        if (cookie is not null) request.Headers.TryAddWithoutValidation("Cookie", cookie);
        if (clientIp is not null) request.Headers.TryAddWithoutValidation(ClientIpHeader, clientIp);
    }
}
