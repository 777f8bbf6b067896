using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace ENamnd.Host.Tests.Browser;

/// <summary>What a page printed and which calls it made to the designer API, for assertions and failure reports.</summary>
internal sealed class BrowserLog
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentQueue<ApiCall> apiCalls = new();

    /// <summary>Records the page's console, its uncaught errors, failed requests and every response from <c>/elsa/api</c>.</summary>
    public BrowserLog(IPage page)
    {
        page.Console += (_, message) => Add($"console.{message.Type}: {message.Text}");
        page.PageError += (_, error) => Add($"page error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += async (_, response) =>
        {
            if (!response.Url.Contains("/elsa/api/", StringComparison.Ordinal)) return;
            try
            {
                // Only AllHeadersAsync includes the cookie header.
                var headers = await response.Request.AllHeadersAsync();
                var call = new ApiCall(response.Request.Method, response.Url, response.Status, response.Request.PostData,
                    headers.ContainsKey("cookie"), headers.ContainsKey("authorization"));
                apiCalls.Enqueue(call);
                Add($"api: {call.Method} {call.Url} -> {call.Status}");
            }
            catch (PlaywrightException e)
            {
                // The page may close while the headers are read; the call is then just not recorded.
                Add($"api: {response.Url} -> {response.Status} (headers unreadable: {e.Message})");
            }
        };
    }

    /// <summary>The calls to <c>/elsa/api</c> so far.</summary>
    public IReadOnlyList<ApiCall> ApiCalls => [.. apiCalls];

    /// <summary>Everything recorded so far, one line per event.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var line in lines) text.AppendLine(line);
            return text.ToString();
        }
    }

    private void Add(string line) => lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line}");

    /// <summary>One response from the designer API, with whether the request carried a cookie or an <c>Authorization</c> header.</summary>
    public sealed record ApiCall(string Method, string Url, int Status, string? Body, bool HadCookie, bool HadAuthorization);
}
