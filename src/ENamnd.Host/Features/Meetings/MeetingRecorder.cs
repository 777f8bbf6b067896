using System.Security.Claims;
using ENamnd.Host.Features.Tasks;

namespace ENamnd.Host.Features.Meetings;

/// <summary>Who records something in a meeting's record, and through which channel.</summary>
/// <param name="By">The signed-in coordinator's name, or the people who answered their tasks.</param>
/// <param name="Channel">How it arrived (<see cref="TaskChannels"/>).</param>
public sealed record MeetingRecorder(string By, string Channel)
{
    /// <summary>The signed-in coordinator, through the API.</summary>
    public static MeetingRecorder Of(ClaimsPrincipal user) => new(user.Identity?.Name ?? "Samordnare", TaskChannels.Api);
}
