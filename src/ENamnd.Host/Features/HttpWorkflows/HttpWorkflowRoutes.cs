using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ENamnd.Engine.Activities.Http;
using ENamnd.Engine.Expressions;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using Microsoft.AspNetCore.Routing.Template;

namespace ENamnd.Host.Features.HttpWorkflows;

/// <summary>
/// Finds what a request under the base path is for, as Elsa's middleware does: first the triggers of published workflows,
/// then, when none matches, the endpoints that running instances wait on. Paths are ASP.NET Core route templates
/// (<c>orders/{id}</c>, <c>files/{*rest}</c>, literal parts case-insensitive); where several templates match, the one
/// with the most literal parts wins. The stores are read on every request, so a publish, a retract or a new wait counts
/// at once; parsed templates are cached (a template's parse never changes), and so are the triggers of a definition
/// object (the stores hand out a new object when a version's JSON changes).
/// </summary>
public sealed class HttpWorkflowRoutes(IWorkflowDefinitionStore definitions, IBookmarkStore bookmarks)
{
    private readonly ConcurrentDictionary<string, TemplateMatcher?> templates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<WorkflowDefinition, IReadOnlyList<HttpTrigger>> triggers = [];

    /// <summary>
    /// The best matches of a request: the triggers, or else the waiting endpoints (of one instance or correlation id when
    /// given). Naming an instance skips the triggers: the caller means a waiting one. More than one match is ambiguous.
    /// </summary>
    public async Task<IReadOnlyList<HttpRouteMatch>> MatchAsync(string method, string path, string? instanceId, string? correlationId, CancellationToken cancellationToken)
    {
        if (instanceId is null)
        {
            var started = Best(await MatchTriggersAsync(method, path, cancellationToken));
            if (started.Count > 0) return started;
        }
        var waiting = new List<HttpRouteMatch>();
        foreach (var bookmark in await bookmarks.ListByNameAsync(HttpEndpoint.BookmarkName, cancellationToken))
        {
            if (instanceId is not null && bookmark.InstanceId != instanceId) continue;
            if (correlationId is not null && bookmark.CorrelationId != correlationId) continue;
            if (PayloadOf(bookmark) is { } payload && Match(payload, method, path) is { } values)
                waiting.Add(new HttpRouteMatch(payload, values) { Bookmark = bookmark });
        }
        return Best(waiting);
    }

    private async Task<List<HttpRouteMatch>> MatchTriggersAsync(string method, string path, CancellationToken cancellationToken)
    {
        var matches = new List<HttpRouteMatch>();
        foreach (var definition in await definitions.ListAsync(null, VersionOptions.Published, cancellationToken))
        {
            foreach (var trigger in triggers.GetValue(definition, d => HttpTriggers.Of(Workflow.From(d))))
            {
                if (Match(trigger.Payload, method, path) is not { } values) continue;
                matches.Add(new HttpRouteMatch(trigger.Payload, values)
                {
                    DefinitionId = definition.DefinitionId,
                    Version = definition.Version,
                    DefinitionVersionId = definition.Id,
                    TriggerActivityId = trigger.ActivityId,
                });
            }
        }
        return matches;
    }

    private JsonObject? Match(HttpEndpointBookmarkPayload payload, string method, string path)
    {
        if (!string.Equals(payload.Method, method, StringComparison.OrdinalIgnoreCase)) return null;
        var matcher = templates.GetOrAdd(payload.Path, Parse);
        var values = new RouteValueDictionary();
        if (matcher is null || !matcher.TryMatch(new PathString(path), values)) return null;
        var json = new JsonObject();
        foreach (var (key, value) in values) json[key] = value?.ToString();
        return json;
    }

    // A template that does not parse (an unbalanced brace, say) matches nothing rather than failing every request.
    private static TemplateMatcher? Parse(string template)
    {
        try
        {
            return new TemplateMatcher(TemplateParser.Parse(template.TrimStart('/')), new RouteValueDictionary());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static HttpEndpointBookmarkPayload? PayloadOf(Bookmark bookmark)
    {
        try
        {
            return ValueConverter.Convert<HttpEndpointBookmarkPayload>(bookmark.Payload);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static List<HttpRouteMatch> Best(List<HttpRouteMatch> matches)
    {
        if (matches.Count <= 1) return matches;
        var most = matches.Max(m => LiteralParts(m.Payload.Path));
        return [.. matches.Where(m => LiteralParts(m.Payload.Path) == most)];
    }

    private static int LiteralParts(string template) => template.Split('/').Count(part => part.Length > 0 && !part.Contains('{'));
}
