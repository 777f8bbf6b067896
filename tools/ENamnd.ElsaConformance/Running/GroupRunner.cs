using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ENamnd.ElsaConformance.Hosting;
using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Running;

/// <summary>
/// Imports and runs the files of one group on one host, in manifest order: each file's imports first (once), then the
/// file, then its run, read back through the designer API.
/// </summary>
public sealed class GroupRunner(IConformanceHost host, ElsaCoreSource source, IReadOnlyDictionary<string, FileExpectation> manifest)
{
    // Elsa's RunWorkflowUntilEndAsync resumes for as long as bookmarks remain; a workflow that keeps making new ones is cut off here.
    private const int MaxResumeRounds = 100;

    private readonly DesignerClient api = new(host.Client);
    private readonly Dictionary<string, ImportOutcome> imports = new(StringComparer.Ordinal);
    private InstanceReader Reader => new(api);

    /// <summary>The results of <paramref name="files"/>, in order.</summary>
    public async Task<IReadOnlyList<FileResult>> RunAsync(IEnumerable<FileExpectation> files, CancellationToken ct)
    {
        var results = new List<FileResult>();
        foreach (var file in files)
        {
            if (file.Role == FileRole.NotAWorkflow)
            {
                results.Add(new FileResult(file, null, null, []));
                continue;
            }
            foreach (var dependency in file.Imports) await ImportAsync(manifest[dependency], ct);
            var import = await ImportAsync(file, ct);
            if (file.Role != FileRole.Checked)
            {
                results.Add(new FileResult(file, import, null, []));
                continue;
            }
            results.Add(FileResult.Checked(file, import, import.Imported ? await RunFileAsync(file, import, ct) : null));
        }
        return results;
    }

    private async Task<ImportOutcome> ImportAsync(FileExpectation file, CancellationToken ct)
    {
        if (imports.TryGetValue(file.Path, out var known)) return known;
        ImportOutcome outcome;
        try
        {
            outcome = await ImportNowAsync(file, ct);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
        {
            outcome = new ImportOutcome { Error = $"{e.GetType().Name}: {e.Message}" };
        }
        imports[file.Path] = outcome;
        return outcome;
    }

    private async Task<ImportOutcome> ImportNowAsync(FileExpectation file, CancellationToken ct)
    {
        if (await source.ReadAsync(file.Path, ct) is not { } text) return new ImportOutcome { Error = "not in this elsa-core" };
        // A browser's file reader drops a UTF-8 byte order mark before the editor posts the text; so does the harness.
        if (JsonNode.Parse(text.TrimStart('\uFEFF')) is not JsonObject model) return new ImportOutcome { Error = "not a JSON object" };
        var answer = await api.ImportAsync(model, ct);
        if (!answer.Ok) return new ImportOutcome { Status = answer.Status, Error = answer.FirstError };
        var definitionId = (string?)answer.Body?["definitionId"];
        var outcome = new ImportOutcome
        {
            Imported = true,
            Status = answer.Status,
            DefinitionId = definitionId,
            VersionId = (string?)answer.Body?["id"],
            Published = (bool?)answer.Body?["isPublished"] == true,
        };
        if (!file.Publish || outcome.Published || definitionId is null) return outcome;
        var publish = await api.PublishAsync(definitionId, ct);
        return outcome with { Published = publish.Ok, PublishStatus = publish.Status, PublishError = publish.Ok ? null : publish.FirstError };
    }

    private async Task<RunObservation> RunFileAsync(FileExpectation file, ImportOutcome import, CancellationToken ct)
    {
        try
        {
            return file.Run switch
            {
                "publish" => new RunObservation { Import = import },
                "api" => new RunObservation { Import = import, Api = await ReadApiAsync(file.Api, ct) },
                "http" => await SendAsync(file.Http!, import, ct),
                _ => await ExecuteAsync(file, import, ct),
            };
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or FormatException)
        {
            return new RunObservation { Import = import, Error = $"{e.GetType().Name}: {e.Message}" };
        }
    }

    private async Task<RunObservation> ExecuteAsync(FileExpectation file, ImportOutcome import, CancellationToken ct)
    {
        var before = await Reader.ExistingAsync(ct);
        var versionOptions = file.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Published";
        var answer = await api.ExecuteAsync(import.DefinitionId!, versionOptions, file.Input, ct);
        if (!answer.Ok || (string?)answer.Body?["id"] is not { } instanceId)
            return new RunObservation { Import = import, Error = $"execute {answer.Status}: {answer.FirstError}" };
        if (file.Run == "untilEnd")
        {
            for (var round = 0; round < MaxResumeRounds; round++)
            {
                var bookmarks = await Reader.OpenBookmarksAsync(instanceId, ct);
                if (bookmarks.Count == 0) break;
                foreach (var bookmark in bookmarks) await host.ResumeAsync(bookmark, file.Input, ct);
            }
        }
        if (file.Alterations is { } alterations)
        {
            var altered = await api.PostAsync("/alterations/run", new JsonObject
            {
                ["alterations"] = alterations.DeepClone(), ["workflowInstanceIds"] = new JsonArray(instanceId),
            }, ct);
            var result = altered.Body?["results"]?[0];
            if (!altered.Ok || result?["isSuccessful"]?.GetValue<bool>() != true)
                return new RunObservation { Import = import, Error = $"alterations {altered.Status}: {(string?)result?["log"]?["logEntries"]?[0]?["message"] ?? altered.FirstError}" };
        }
        return await Reader.ObserveAsync(before, instanceId, import, ct);
    }

    private async Task<RunObservation> SendAsync(HttpCall http, ImportOutcome import, CancellationToken ct)
    {
        var before = await Reader.ExistingAsync(ct);
        using var request = new HttpRequestMessage(new HttpMethod(http.Method), http.Path);
        if (http.Body is { } body) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var answer = await ApiAnswer.ReadAsync(await host.Client.SendAsync(request, ct), ct);
        return await Reader.ObserveAsync(before, null, import, ct) with { Http = answer };
    }

    // In order: a POST changes what the reads after it see.
    private async Task<IReadOnlyList<(ApiCheck, ApiAnswer)>> ReadApiAsync(IEnumerable<ApiCheck> checks, CancellationToken ct)
    {
        var answers = new List<(ApiCheck, ApiAnswer)>();
        foreach (var check in checks)
        {
            answers.Add((check, check.Post is { } post ? await api.PostAsync(post, check.Body?.DeepClone() ?? new JsonObject(), ct) : await api.GetAsync(check.Get!, ct)));
        }
        return answers;
    }
}
