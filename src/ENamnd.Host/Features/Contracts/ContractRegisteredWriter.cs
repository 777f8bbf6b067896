using System.Text.Json.Nodes;
using ENamnd.Activities.Contracts;
using ENamnd.Engine.Expressions;
using ENamnd.Persistence;
using ENamnd.Persistence.Rows;
using Microsoft.EntityFrameworkCore;

namespace ENamnd.Host.Features.Contracts;

/// <summary>Stores a contract registered by a workflow (<c>contract.registered</c>) with the step; a registration already stored is left as it is.</summary>
public sealed class ContractRegisteredWriter : IStepRecordWriter
{
    /// <inheritdoc />
    public string Kind => ContractRecordKinds.Registered;

    /// <inheritdoc />
    public async Task WriteAsync(ENamndDbContext db, JsonObject payload, CancellationToken cancellationToken)
    {
        var registration = ValueConverter.Convert<ContractRegistration>(payload) ?? throw new InvalidOperationException("An empty contract.registered record.");
        // The id follows from the instance and the activity, so a replayed registration finds its row.
        if (await db.Set<ContractRow>().AnyAsync(r => r.Id == registration.Id, cancellationToken)) return;
        var row = new ContractRow
        {
            Id = registration.Id,
            RegisteredByInstanceId = registration.InstanceId,
            CreatedAt = registration.RegisteredAt.ToUniversalTime(),
            UpdatedAt = registration.RegisteredAt.ToUniversalTime(),
        };
        ContractRows.SetTerms(row, registration.Terms);
        db.Add(row);
    }
}
