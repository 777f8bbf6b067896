using System.Security.Claims;

namespace ENamnd.Host.Infrastructure.Security;

/// <summary>The principal of an authenticated coordinator.</summary>
internal static class CoordinatorPrincipal
{
    /// <summary>Creates the principal for a coordinator authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal Create(string scheme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "coordinator"),
                new Claim(ClaimTypes.Name, "Samordnare"),
                new Claim(ClaimTypes.Role, CoordinatorAuthentication.Role),
            ],
            scheme);
        return new ClaimsPrincipal(identity);
    }
}
