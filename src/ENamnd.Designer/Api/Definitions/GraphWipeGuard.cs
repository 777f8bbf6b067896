using ENamnd.Engine.Model;

namespace ENamnd.Designer.Api.Definitions;

/// <summary>
/// Refuses a save that would wipe a stored graph by accident. Elsa Studio shows an activity whose
/// (type, version) it has no descriptor for as an empty canvas, without an error, and its next
/// (auto-)save then posts <c>activities: []</c>. The rule, compared with the stored latest version:
/// a save is refused when none of the stored activities (by id, at any depth) is left in it, and either
/// <list type="number">
/// <item>the stored graph uses a (type, version) that <c>/descriptors/activities</c> does not list: the
/// designer cannot have shown it, so the save cannot be a deliberate change; or</item>
/// <item>the saved graph is empty while the stored one has more than <see cref="MaxClearableActivities"/>
/// activities: the signature of the silent wipe. Clearing a small draft, or removing activities over
/// several saves, still works.</item>
/// </list>
/// </summary>
public static class GraphWipeGuard
{
    /// <summary>The most activities a single save may remove by emptying the graph.</summary>
    public const int MaxClearableActivities = 2;

    /// <summary>Why the save must be refused, or null when it may go ahead.</summary>
    public static string? Check(WorkflowDefinition incoming, WorkflowDefinition? stored, IReadOnlySet<(string TypeName, int Version)> described)
    {
        if (stored is null) return null;
        var before = Below(stored.Root).ToList();
        if (before.Count == 0) return null;
        var after = Below(incoming.Root).ToList();
        var storedIds = before.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (after.Any(a => storedIds.Contains(a.Id))) return null;
        var unknown = before.Where(a => !described.Contains((a.Type, a.Version))).Select(a => $"{a.Type} v{a.Version}").Distinct().ToList();
        if (unknown.Count > 0)
            return $"Sparandet stoppades: den sparade versionen innehåller aktiviteter som designern inte kan visa ({string.Join(", ", unknown)}), "
                + "och ändringen skulle ta bort dem alla. Diagrammet är oförändrat på servern.";
        if (after.Count == 0 && before.Count > MaxClearableActivities)
            return $"Sparandet stoppades: ändringen skulle tömma diagrammet och ta bort alla {before.Count} aktiviteter. "
                + "Om det är avsikten, ta bort aktiviteterna i flera steg eller skapa ett nytt arbetsflöde. Diagrammet är oförändrat på servern.";
        return null;
    }

    private static IEnumerable<Activity> Below(Activity activity) =>
        activity.Children.SelectMany(child => Below(child).Prepend(child));
}
