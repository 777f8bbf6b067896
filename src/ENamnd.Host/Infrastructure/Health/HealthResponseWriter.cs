using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ENamnd.Host.Infrastructure.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and, per check, its status and Swedish description. Exceptions
/// and data that could name servers or connection strings are never written; the checks log those instead.
/// </summary>
public static class HealthResponseWriter
{
    // Swedish letters as they are, not as \u escapes, for whoever reads the report.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes <paramref name="report"/> to the response.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                // A check that threw gets the exception's message as its description: that is never written, only the generic text.
                description = e.Value.Exception is null ? e.Value.Description ?? Describe(e.Value.Status) : Describe(e.Value.Status),
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }

    private static string Describe(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "Fungerar.",
        HealthStatus.Degraded => "Fungerar med begränsningar.",
        _ => "Fungerar inte.",
    };
}
