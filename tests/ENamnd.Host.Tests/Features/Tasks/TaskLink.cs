namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>A task link as read from a sent email, with the instance and case it belongs to.</summary>
public sealed record TaskLink(string Url, string TaskId, string Token, string InstanceId, string CaseNumber)
{
    /// <summary>The page's path and query, as requested from the test server.</summary>
    public string PathAndQuery => new Uri(Url).PathAndQuery;

    /// <summary>The page's path without the token.</summary>
    public string Path => $"/tasks/{TaskId}";
}
