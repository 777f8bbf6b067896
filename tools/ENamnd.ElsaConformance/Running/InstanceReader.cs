using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Running;

/// <summary>Reads back what a run did: the instances it started, their Log lines in order, the main instance's output and variables.</summary>
public sealed class InstanceReader(DesignerClient api)
{
    /// <summary>The instances that exist now, to tell a run's new ones from earlier runs' instances on the same host.</summary>
    public async Task<HashSet<string>> ExistingAsync(CancellationToken ct) => [.. await api.InstanceIdsAsync(ct)];

    /// <summary>What the instances started since <paramref name="before"/> did; <paramref name="mainId"/> names the run's own instance.</summary>
    public async Task<RunObservation> ObserveAsync(HashSet<string> before, string? mainId, ImportOutcome import, CancellationToken ct)
    {
        var ids = (await api.InstanceIdsAsync(ct)).Where(id => !before.Contains(id)).ToList();
        if (mainId is not null && ids.Remove(mainId)) ids.Insert(0, mainId);
        var snapshots = new List<InstanceSnapshot>();
        var lines = new List<(DateTimeOffset At, int Instance, long Sequence, string Text)>();
        var journal = new List<(string, string)>();
        var records = new List<ActivityRecord>();
        JsonObject? mainDetails = null;
        for (var i = 0; i < ids.Count; i++)
        {
            var details = await api.InstanceAsync(ids[i], ct);
            if (details is null) continue;
            if (ids[i] == mainId) mainDetails = details;
            snapshots.Add(Snapshot(ids[i], details));
            records.AddRange((await api.ActivityExecutionsAsync(ids[i], ct)).Select(r => Record(ids[i], r)));
            foreach (var record in await api.JournalAsync(ids[i], ct))
            {
                var eventName = (string?)record["eventName"] ?? "";
                if (ids[i] == mainId) journal.Add(((string?)record["activityId"] ?? "", eventName));
                if (eventName == "Log")
                    lines.Add((record["timestamp"]?.GetValue<DateTimeOffset>() ?? default, i, record["sequence"]?.GetValue<long>() ?? 0, (string?)record["message"] ?? ""));
            }
        }
        return new RunObservation
        {
            Import = import,
            Main = snapshots.FirstOrDefault(s => s.Id == mainId),
            Instances = snapshots,
            // The ticking clock gives every record its own time; instance order and sequence only break ties of a clock that does not tick.
            Lines = [.. lines.OrderBy(l => l.At).ThenBy(l => l.Instance).ThenBy(l => l.Sequence).Select(l => l.Text)],
            Output = mainDetails?["workflowState"]?["output"]?.DeepClone() as JsonObject ?? [],
            Variables = mainId is null ? [] : await api.VariablesAsync(mainId, ct),
            Journal = journal,
            ActivityRecords = records,
        };
    }

    /// <summary>The open bookmarks of an instance, or none when it has finished.</summary>
    public async Task<IReadOnlyList<string>> OpenBookmarksAsync(string instanceId, CancellationToken ct)
    {
        var details = await api.InstanceAsync(instanceId, ct);
        if (details is null || (string?)details["status"] == "Finished") return [];
        return [.. ((details["workflowState"]?["bookmarks"] as JsonArray) ?? []).Select(b => (string?)b?["id"]).OfType<string>()];
    }

    private static ActivityRecord Record(string instanceId, JsonObject record) => new(
        instanceId,
        (string?)record["activityName"],
        [.. (record["activityState"] as JsonObject ?? []).Select(p => p.Key)],
        [.. (record["outputs"] as JsonObject ?? []).Select(p => p.Key)]);

    private static InstanceSnapshot Snapshot(string id, JsonObject details) => new(
        id,
        (string?)details["definitionId"],
        (string?)details["correlationId"],
        (string?)details["status"],
        (string?)details["subStatus"],
        [.. ((details["workflowState"]?["incidents"] as JsonArray) ?? []).Select(i => (string?)i?["message"] ?? "(no message)")])
    {
        Version = (int?)details["version"],
    };
}
