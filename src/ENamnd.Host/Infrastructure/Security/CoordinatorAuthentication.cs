namespace ENamnd.Host.Infrastructure.Security;

/// <summary>Names of the coordinator authentication schemes and policy.</summary>
public static class CoordinatorAuthentication
{
    /// <summary>The default scheme: forwards to <see cref="ApiKeyScheme"/> or <see cref="CookieScheme"/>.</summary>
    public const string PolicyScheme = "Coordinator";

    /// <summary>The scheme for <c>Authorization: ApiKey &lt;key&gt;</c> (what Elsa Studio sends).</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>The scheme for the sign-in cookie set by <c>POST /login</c>.</summary>
    public const string CookieScheme = "CoordinatorCookie";

    /// <summary>The authorization policy that requires a coordinator.</summary>
    public const string PolicyName = "Coordinator";

    /// <summary>The role claim every authenticated coordinator carries.</summary>
    public const string Role = "Coordinator";
}
