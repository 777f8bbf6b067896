namespace ENamnd.Host.Features.Participants;

/// <summary>Whether a participant may be removed: not while someone has them as substitute, so escalation never leads nowhere.</summary>
public static class ParticipantRemoval
{
    /// <summary>Why <paramref name="id"/> cannot be removed now, or null when nothing stands in the way.</summary>
    public static async Task<string?> ObstacleAsync(string id, EfParticipantDirectory directory, CancellationToken cancellationToken)
    {
        var dependants = await directory.FindSubstitutedByAsync(id, cancellationToken);
        return dependants.Count == 0
            ? null
            : $"Deltagaren '{id}' är ersättare för {string.Join(", ", dependants.Select(d => $"'{d}'"))}; byt ersättare för dem först.";
    }
}
