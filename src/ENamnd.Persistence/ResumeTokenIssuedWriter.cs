using System.Text.Json.Nodes;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Runtime;
using ENamnd.Persistence.Rows;

namespace ENamnd.Persistence;

/// <summary>Writes <c>resumeToken.issued</c>: the row of a new resume link token, in the step that made the link.</summary>
public sealed class ResumeTokenIssuedWriter : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => ResumeTokens.RecordKind;

    /// <inheritdoc />
    public Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var token = ValueConverter.Convert<ResumeToken>(payload) ?? throw new InvalidOperationException("An empty resumeToken.issued record.");
        db.Set<ResumeTokenRow>().Add(new ResumeTokenRow
        {
            Hash = token.Hash,
            Kind = token.Kind,
            Target = token.Target,
            InstanceId = token.InstanceId,
            CreatedAt = token.CreatedAt.ToUniversalTime(),
            ExpiresAt = token.ExpiresAt.ToUniversalTime(),
        });
        return Task.CompletedTask;
    }
}
