namespace ENamnd.Designer.Api.Tokens;

/// <summary>How a use of a resume link ended.</summary>
public enum TokenResumeOutcome
{
    /// <summary>The token was used and the instance resumed.</summary>
    Resumed,

    /// <summary>No token has this hash, or it is of the other kind of link.</summary>
    Unknown,

    /// <summary>The token was used before (or by a concurrent request).</summary>
    Used,

    /// <summary>The token's time has passed.</summary>
    Expired,

    /// <summary>The instance no longer waits where the token points (the wait was handled, or the instance ended); the token is spent.</summary>
    Gone,

    /// <summary>The instance does not wait for the event now; the token is left unused for later.</summary>
    NotWaiting,
}
