using System.Text.Json.Nodes;
using ENamnd.ElsaConformance.Manifest;

namespace ENamnd.ElsaConformance.Running;

/// <summary>Compares a run with what the Elsa test expects; each difference is one line of text.</summary>
public static class ExpectationCheck
{
    /// <summary>The differences between <paramref name="run"/> and the file's expectation; empty when it matches.</summary>
    public static IReadOnlyList<string> Differences(FileExpectation file, RunObservation run)
    {
        if (run.Error is not null) return [run.Error];
        var differences = new List<string>();
        if (file.Expect is { } expect) CompareRun(expect, run, differences);
        if (file.Http is { } http) CompareHttp(http, run.Http, differences);
        foreach (var (check, answer) in run.Api) CompareApi(check, answer, differences);
        return differences;
    }

    /// <summary>What the file's test expects, in short.</summary>
    public static string Describe(FileExpectation file)
    {
        var parts = new List<string>();
        if (file.Expect is { } e)
        {
            if (e.Status is not null || e.SubStatus is not null) parts.Add($"{e.Status ?? "*"}/{e.SubStatus ?? "*"}");
            if (e.Version is { } version) parts.Add($"version {version}");
            if (e.Lines is not null) parts.Add($"lines [{string.Join(", ", e.Lines)}]");
            if (e.LinesContain is not null) parts.Add($"lines include [{string.Join(", ", e.LinesContain)}]");
            if (e.Output is not null) parts.Add($"output {e.Output.ToJsonString()}");
            if (e.Variables is not null) parts.Add($"variables {e.Variables.ToJsonString()}");
            if (e.Instances is not null) parts.AddRange(e.Instances.Select(i => $"instance of {i.DefinitionId} with correlation id {i.CorrelationId}"));
            if (e.JournalCounts is not null) parts.AddRange(e.JournalCounts.Select(j => $"{j.Count}× {j.EventName} of {j.ActivityId}"));
            if (e.ActivityRecords is not null) parts.AddRange(e.ActivityRecords.Select(r => r.Describe()));
            if (e.NotFaulted) parts.Add("not faulted");
            if (e.NoFaults) parts.Add("no faulted instance");
            if (e.PublishRefused is not null) parts.Add($"publish refused ('{e.PublishRefused}')");
            if (e.Published == true) parts.Add("published");
        }
        if (file.Http is { } h) parts.Add($"{h.Method} {h.Path}" + (h.Status is { } s ? $" → {s}" : "") + (h.ResponseBody is { } b ? $" \"{b}\"" : ""));
        parts.AddRange(file.Api.Select(a => a.Request + (a.Status is { } s ? $" → {s}" : "")));
        return string.Join("; ", parts);
    }

    private static void CompareRun(Expectation expect, RunObservation run, List<string> differences)
    {
        var main = run.Main;
        if (expect.Status is { } status && main?.Status != status) differences.Add($"status {main?.Status ?? "none"}");
        if (expect.SubStatus is { } subStatus && main?.SubStatus != subStatus) differences.Add($"sub-status {main?.SubStatus ?? "none"}");
        if (expect.Version is { } version && main?.Version != version) differences.Add($"version {main?.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
        if (expect.Lines is { } lines && !lines.SequenceEqual(run.Lines)) differences.Add($"lines [{string.Join(", ", run.Lines)}]");
        if (expect.LinesContain is { } some && some.Where(l => !run.Lines.Contains(l)).ToList() is { Count: > 0 } missing)
            differences.Add($"lines lack [{string.Join(", ", missing)}] (got [{string.Join(", ", run.Lines)}])");
        CompareValues("output", expect.Output, run.Output, differences);
        CompareValues("variable", expect.Variables, run.Variables, differences);
        foreach (var instance in expect.Instances ?? [])
        {
            if (!run.Instances.Any(i => i.DefinitionId == instance.DefinitionId && (instance.CorrelationId is null || i.CorrelationId == instance.CorrelationId)))
                differences.Add($"no instance of {instance.DefinitionId} with correlation id {instance.CorrelationId} (got {string.Join(", ", run.Instances.Select(i => $"{i.DefinitionId}:{i.CorrelationId}"))})");
        }
        foreach (var count in expect.JournalCounts ?? [])
        {
            var actual = run.Journal.Count(j => j.ActivityId == count.ActivityId && string.Equals(j.EventName, count.EventName, StringComparison.OrdinalIgnoreCase));
            if (actual != count.Count) differences.Add($"{actual}× {count.EventName} of {count.ActivityId}");
        }
        foreach (var check in expect.ActivityRecords ?? []) CompareRecords(check, run.ActivityRecords, differences);
        if (expect.NotFaulted && main is not null && (main.SubStatus == "Faulted" || main.Incidents.Count > 0))
            differences.Add($"faulted: {main.Incidents.FirstOrDefault() ?? main.SubStatus}");
        if (expect.NotFaulted && main is null) differences.Add("no instance");
        if (expect.NoFaults && run.Instances.FirstOrDefault(i => i.SubStatus == "Faulted" || i.Incidents.Count > 0) is { } faulted)
            differences.Add($"instance of {faulted.DefinitionId} faulted: {faulted.Incidents.FirstOrDefault() ?? faulted.SubStatus}");
        ComparePublish(expect, run.Import, differences);
    }

    private static void CompareRecords(ActivityRecordCheck check, IReadOnlyList<ActivityRecord> records, List<string> differences)
    {
        var mine = records.Where(r => r.ActivityName == check.Activity).ToList();
        if (mine.Count == 0)
        {
            differences.Add($"no activity execution record of {check.Activity}");
            return;
        }
        foreach (var record in mine)
        {
            if (check.Inputs.Except(record.Inputs).ToList() is { Count: > 0 } lacking) differences.Add($"{check.Activity} lacks input {string.Join(", ", lacking)}");
            if (check.NoInputs.Intersect(record.Inputs).ToList() is { Count: > 0 } kept) differences.Add($"{check.Activity} keeps input {string.Join(", ", kept)}");
            if (check.Outputs.Except(record.Outputs).ToList() is { Count: > 0 } missing) differences.Add($"{check.Activity} lacks output {string.Join(", ", missing)}");
            if (check.NoOutputs.Intersect(record.Outputs).ToList() is { Count: > 0 } extra) differences.Add($"{check.Activity} keeps output {string.Join(", ", extra)}");
        }
    }

    private static void ComparePublish(Expectation expect, ImportOutcome? import, List<string> differences)
    {
        if (expect.Published == true && import?.Published != true) differences.Add($"not published: {import?.PublishError ?? "no publish"}");
        if (expect.PublishRefused is { } text)
        {
            if (import?.Published == true) differences.Add("published");
            else if (import?.PublishError is not { } error || !error.Contains(text, StringComparison.OrdinalIgnoreCase))
                differences.Add($"refused for another reason: {import?.PublishError ?? "no publish"}");
        }
    }

    private static void CompareValues(string what, JsonObject? expected, JsonObject actual, List<string> differences)
    {
        foreach (var (name, value) in expected ?? [])
        {
            if (!actual.TryGetPropertyValue(name, out var got)) differences.Add($"no {what} {name}");
            else if (!JsonPath.Matches(value, got)) differences.Add($"{what} {name} = {JsonPath.Show(got)}");
        }
    }

    private static void CompareHttp(HttpCall http, ApiAnswer? answer, List<string> differences)
    {
        if (answer is null)
        {
            differences.Add("no HTTP answer");
            return;
        }
        if (http.Status is { } status && answer.Status != status) differences.Add($"HTTP {answer.Status}");
        if (http.ResponseBody is { } body && answer.Text != body) differences.Add($"body \"{Cut(answer.Text)}\"");
    }

    private static void CompareApi(ApiCheck check, ApiAnswer answer, List<string> differences)
    {
        if (check.Status is { } status && answer.Status != status)
        {
            differences.Add($"{check.Request} → {answer.Status}");
            return;
        }
        foreach (var (path, expected) in check.Contains)
        {
            var actual = JsonPath.Find(answer.Body, path, out _);
            var ok = expected is JsonArray wanted
                ? actual is JsonArray got && wanted.All(w => got.Any(g => JsonPath.Matches(w, g)))
                : JsonPath.Matches(expected, actual);
            if (!ok) differences.Add($"{path} = {JsonPath.Show(actual)}");
        }
        foreach (var (path, expected) in check.Exactly)
        {
            var actual = JsonPath.Find(answer.Body, path, out _);
            if (!JsonPath.Matches(expected, actual)) differences.Add($"{path} = {JsonPath.Show(actual)}");
        }
        foreach (var path in check.Lacks)
        {
            JsonPath.Find(answer.Body, path, out var found);
            if (found) differences.Add($"{path} is present");
        }
    }

    private static string Cut(string text) => text.Length > 80 ? text[..80] + "…" : text;
}
