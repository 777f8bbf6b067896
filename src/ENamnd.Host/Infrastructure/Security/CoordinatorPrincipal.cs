using System.Security.Claims;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The principal of an authenticated coordinator.</summary>
internal static class CoordinatorPrincipal
{
    /// <summary>Creates the principal for a coordinator authenticated by <paramref name="scheme"/>; a sign-in cookie carries the session stamp.</summary>
    public static ClaimsPrincipal Create(string scheme, string? sessionStamp = null)
    {
        List<Claim> claims =
        [
            new Claim(ClaimTypes.NameIdentifier, "coordinator"),
            new Claim(ClaimTypes.Name, "Samordnare"),
            new Claim(ClaimTypes.Role, CoordinatorAuthentication.Role),
        ];
        if (sessionStamp is not null) claims.Add(new Claim(CoordinatorSessionStamp.ClaimType, sessionStamp));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
