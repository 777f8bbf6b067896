namespace ENamnd.Architecture.Tests;

/// <summary>Dependencies point one way: a src project references only the projects its layer allows.</summary>
internal static class DependencyDirectionRule
{
    /// <summary>One violation per missing layer project, unlayered project, or sideways/upward reference.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<ProjectFile> projects)
    {
        var violations = new List<string>();
        foreach (var missing in ProjectLayers.Order.Where(layer => !projects.Any(project => Is(project, layer))))
        {
            violations.Add($"{ProjectLayers.ProjectPath(missing)}: project not found; every layer ({ProjectLayers.Direction}) must exist.");
        }

        foreach (var project in projects)
        {
            var layer = ProjectLayers.IndexOf(project.Name);
            if (layer < 0)
            {
                violations.Add($"{project.RelativePath}: {project.Name} has no place in the layer order ({ProjectLayers.Direction}); add it to {nameof(ProjectLayers)}.");
                continue;
            }

            foreach (var reference in project.ProjectReferences.Where(reference => !ProjectLayers.Allows(project.Name, reference)))
            {
                violations.Add($"{project.RelativePath}: {project.Name} references {reference}, but dependencies point one way ({ProjectLayers.Direction}).");
            }
        }

        return violations;
    }

    private static bool Is(ProjectFile project, string layer) =>
        string.Equals(project.Name, layer, StringComparison.OrdinalIgnoreCase);
}
