using ENamnd.Activities.Municipalities;
using ENamnd.Activities.People;
using ENamnd.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Activities.Decisions;

/// <summary>Finds each municipality's representative in the preparation group (beredningsgruppen), who answers for the municipality.</summary>
internal static class Representatives
{
    /// <summary>
    /// The representative of every municipality by code. A municipality with several representatives is
    /// asked through the first the directory lists; one without any faults the activity, naming every such municipality.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, TaskRecipient>> FindAsync(ActivityExecutionContext context, IReadOnlyList<Municipality> municipalities)
    {
        var directory = context.Services.GetRequiredService<IParticipantDirectory>();
        var found = new Dictionary<string, TaskRecipient>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var municipality in municipalities)
        {
            var holders = await directory.FindByRoleAsync(Role.Beredningsgrupp, municipality.Code);
            if (holders.Count == 0) missing.Add(municipality.Name);
            else found[municipality.Code] = RecipientResolver.ToRecipient(holders[0]);
        }
        if (missing.Count > 0)
        {
            throw new ActivityFaultException(
                $"Beredningsgruppen saknar representant för {string.Join(", ", missing)}. Lägg till en representant i personregistret och starta ärendet igen.");
        }
        return found;
    }
}
