using System.Text.Json.Nodes;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;

namespace ENamnd.Designer.Api.Tokens;

/// <summary>
/// Uses a resume link's token: finds it by hash, uses it once, and resumes the bookmark (or the instance's waits for the
/// event) through the runtime. Never logs the token.
/// </summary>
public sealed class TokenResumption(
    IResumeTokenStore tokens, IBookmarkStore bookmarks, IWorkflowRuntime runtime, TimeProvider clock, ILogger<TokenResumption> logger)
{
    /// <summary>Uses <paramref name="token"/> of kind <paramref name="kind"/> (<see cref="ResumeTokens.BookmarkKind"/> or <see cref="ResumeTokens.EventKind"/>).</summary>
    public async Task<(TokenResumeOutcome Outcome, TokenResumeResponse? Response)> UseAsync(string token, string kind, JsonObject? input, CancellationToken cancellationToken)
    {
        var hash = ResumeTokens.HashOf(token);
        var stored = await tokens.FindAsync(hash, cancellationToken);
        if (stored is null || stored.Kind != kind) return (TokenResumeOutcome.Unknown, null);
        if (stored.UsedAt is not null) return (TokenResumeOutcome.Used, null);
        var now = clock.GetUtcNow();
        if (stored.ExpiresAt <= now) return (TokenResumeOutcome.Expired, null);
        var waiting = await WaitingAsync(stored, cancellationToken);
        if (waiting.Count == 0) return (kind == ResumeTokens.EventKind ? TokenResumeOutcome.NotWaiting : TokenResumeOutcome.Gone, null);
        // Persistence point: the token is spent before the resume; of two concurrent uses only one gets past here.
        if (!await tokens.TryUseAsync(hash, now, cancellationToken))
            return ((await tokens.FindAsync(hash, CancellationToken.None))?.UsedAt is null ? TokenResumeOutcome.Expired : TokenResumeOutcome.Used, null);
        var resumed = 0;
        try
        {
            // Not cancelled with the request: a resume that has started is carried through, or rolled back whole.
            foreach (var bookmark in waiting)
            {
                if ((await runtime.ResumeAsync(bookmark.Id, input?.DeepClone().AsObject(), CancellationToken.None)).Outcome == ResumeOutcome.Resumed) resumed++;
            }
        }
        catch when (resumed == 0)
        {
            // Nothing was committed: the link works again, as if this use had not happened.
            await tokens.ReleaseAsync(hash, CancellationToken.None);
            throw;
        }
        logger.LogInformation("Resume link ({Kind}) used for instance {InstanceId}: {Resumed} wait(s) resumed", kind, stored.InstanceId, resumed);
        return resumed == 0 ? (TokenResumeOutcome.Gone, null) : (TokenResumeOutcome.Resumed, new TokenResumeResponse(stored.InstanceId, resumed));
    }

    // Only waits of the instance the token was made in: a token never reaches another instance's bookmark.
    private async Task<IReadOnlyList<Bookmark>> WaitingAsync(ResumeToken token, CancellationToken cancellationToken)
    {
        if (token.Kind == ResumeTokens.BookmarkKind)
            return await bookmarks.FindAsync(token.Target, cancellationToken) is { } bookmark && bookmark.InstanceId == token.InstanceId ? [bookmark] : [];
        return [.. (await bookmarks.ListByInstanceAsync(token.InstanceId, cancellationToken)).Where(b => Event.NameOf(b) == token.Target)];
    }
}
