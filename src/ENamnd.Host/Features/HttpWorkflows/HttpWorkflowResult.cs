using System.Text;
using ENamnd.Engine.Activities.Http;
using Microsoft.Net.Http.Headers;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// Sends the answer a <see cref="WriteHttpResponse"/> wrote: status, headers, content type and body (UTF-8). Headers that
/// belong to the connection or the host's security (length, transfer coding, cookies, security policies) are not the
/// workflow's to set and are left out.
/// </summary>
public sealed class HttpWorkflowResult(HttpResponseData response) : IResult
{
    private static readonly HashSet<string> Reserved = new(
        [HeaderNames.ContentLength, HeaderNames.ContentType, HeaderNames.TransferEncoding, HeaderNames.Connection, HeaderNames.SetCookie,
            HeaderNames.ContentSecurityPolicy, HeaderNames.StrictTransportSecurity, HeaderNames.XFrameOptions, HeaderNames.XContentTypeOptions],
        StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext.Response;
        http.StatusCode = response.StatusCode;
        foreach (var (name, values) in response.Headers.Where(h => !Reserved.Contains(h.Key))) http.Headers[name] = values;
        if (response.Body is null) return;
        http.ContentType = response.ContentType is { } type && !type.Contains("charset", StringComparison.OrdinalIgnoreCase) && type.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            ? type + "; charset=utf-8"
            : response.ContentType;
        await http.WriteAsync(response.Body, Encoding.UTF8, httpContext.RequestAborted);
    }
}
