using Microsoft.Extensions.Options;

namespace ENamnd.Host.Features.Tasks;

/// <summary>Builds task links from <c>Host:PublicBaseUrl</c> (never from a request's Host header): <c>{base}/tasks/{taskId}?t={token}</c>.</summary>
public sealed class TaskLinkBuilder(IOptions<PublicUrlOptions> options, TaskTokens tokens)
{
    private readonly string baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The link of a task, carrying its token of the link version.</summary>
    public string LinkFor(string taskId, int linkVersion = 0) =>
        $"{baseUrl}{TaskPaths.Page(taskId)}?t={Uri.EscapeDataString(tokens.TokenFor(taskId, linkVersion))}";

    /// <summary>The link of the task recipient's calendar subscription page, carrying the same token as the task's link.</summary>
    public string CalendarLinkFor(string taskId, int linkVersion = 0) =>
        $"{baseUrl}{TaskPaths.Calendar(taskId, tokens.TokenFor(taskId, linkVersion))}";

    /// <summary>An absolute address on the host, from <c>Host:PublicBaseUrl</c>.</summary>
    public string Absolute(string path) => $"{baseUrl}{path}";
}
