using System.Text.RegularExpressions;

namespace ENamnd.Architecture.Tests;

/// <summary>
/// No namespace cycles in src: the <c>using ENamnd.…;</c> directives of each namespace's files form a graph that must have no
/// cycle, so a folder can be understood (and moved) without the folders that depend on it. The engine kernel counts as one
/// namespace: like Elsa's <c>Elsa.Workflows.Core</c>, its model, runtime and activities define each other, and the project
/// boundary (nothing above it is known to it) is what the other rules enforce.
/// </summary>
internal static partial class NamespaceCycleRule
{
    /// <summary>One violation per cycle (a strongly connected group of two or more namespaces).</summary>
    public static IReadOnlyList<string> Check(string root)
    {
        var source = Path.Combine(root, "src");
        if (!Directory.Exists(source)) return [];
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !RepositoryPath.IsBuildOutput(source, f)))
        {
            var text = File.ReadAllText(file);
            if (NamespaceDeclaration().Match(text) is not { Success: true } declaration) continue;
            var from = Unit(declaration.Groups[1].Value);
            if (!edges.TryGetValue(from, out var targets)) edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match use in UsingDirective().Matches(text))
            {
                var to = Unit(use.Groups[1].Value);
                if (to != from) targets.Add(to);
            }
        }
        return [.. Cycles(edges).Select(cycle => $"namespace cycle: {string.Join(" ↔ ", cycle)} (each uses another; move the shared types down or invert the dependency).")];
    }

    private static string Unit(string ns) =>
        ns.StartsWith(ProjectLayers.Engine + ".", StringComparison.Ordinal) ? ProjectLayers.Engine : ns;

    // Tarjan's strongly connected components; every component of two or more is a cycle.
    private static List<List<string>> Cycles(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!edges.ContainsKey(next)) continue;
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != node);
            if (component.Count > 1) cycles.Add([.. component.Order(StringComparer.Ordinal)]);
        }
        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node)) Visit(node);
        }
        return cycles;
    }

    [GeneratedRegex(@"^namespace (ENamnd[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^using (ENamnd[\w.]*);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
