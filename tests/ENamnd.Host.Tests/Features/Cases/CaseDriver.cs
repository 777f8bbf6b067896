using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ENamnd.Activities.Approvals;
using ENamnd.Activities.Decisions;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Tests.Features.Tasks;
using MimeKit;

namespace ENamnd.Host.Tests.Features.Cases;

/// <summary>
/// Drives a case the way its participants do: the task links are read from the emails in the pickup
/// directory, and each answer goes to the task endpoint with the link's token (as JSON, or as the
/// page's form). What is open is read from the coordinator's case API.
/// </summary>
internal sealed class CaseDriver(HttpClient coordinator, HttpClient participant, string mailDirectory, string publicBaseUrl, Func<Task> deliverMail, bool useForms = false)
{
    private readonly Dictionary<string, string> tokens = [];
    private readonly HashSet<string> readFiles = [];
    private readonly Regex linkPattern = TaskScenario.LinkPattern(publicBaseUrl);

    /// <summary>Every email read so far.</summary>
    public List<MimeMessage> Mail { get; } = [];

    /// <summary>Starts a case; returns its id.</summary>
    public async Task<string> CreateCaseAsync(object body)
    {
        var created = await (await coordinator.PostAsJsonAsync("/api/cases", body)).ExpectAsync(HttpStatusCode.Created);
        return (string)created["id"]!;
    }

    /// <summary>
    /// Starts a case from Kiruna and Gällivare and answers its idea qualification (both join, the committee approves twice)
    /// up to where the pre-study asks the municipalities to fund it; returns the case's id.
    /// </summary>
    public async Task<string> StartCaseIntoPreStudyAsync()
    {
        var caseId = await CreateCaseAsync(new { title = "Digital signering", caseNumber = "2022/7-2.2.0.1", initiatingMunicipalities = new[] { "Kiruna", "Gällivare" } });
        await AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await AnswerAllAsync(caseId, CollectMunicipalDecisions.TaskKind, t => IdeaToManagementScenario.Is(t, "Kiruna") || IdeaToManagementScenario.Is(t, "Gällivare") ? CollectMunicipalDecisions.Join : CollectMunicipalDecisions.Decline);
        await AnswerOneAsync(caseId, AssignTask.TaskKind, AssignTask.Done);
        await AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        await AnswerOneAsync(caseId, ApprovalOutcomes.TaskKind, ApprovalOutcomes.Approved);
        return caseId;
    }

    /// <summary>The case as the coordinator sees it.</summary>
    public async Task<JsonObject> CaseAsync(string caseId)
    {
        return (await (await coordinator.GetAsync($"/api/cases/{caseId}")).ExpectAsync(HttpStatusCode.OK)).AsObject();
    }

    /// <summary>The case's open tasks of a kind.</summary>
    public async Task<List<JsonObject>> OpenTasksAsync(string caseId, string kind) =>
        [.. (await CaseAsync(caseId))["openTasks"]!.AsArray().Select(t => t!.AsObject()).Where(t => (string?)t["kind"] == kind)];

    /// <summary>Answers every open task of a kind; <paramref name="outcome"/> picks the answer from the task (its municipality, say).</summary>
    public async Task<int> AnswerAllAsync(string caseId, string kind, Func<JsonObject, string> outcome, string? reference = null)
    {
        var open = await OpenTasksAsync(caseId, kind);
        Assert.NotEmpty(open);
        foreach (var task in open) await AnswerAsync((string)task["id"]!, outcome(task), reference);
        return open.Count;
    }

    /// <summary>Answers the case's one open task of a kind.</summary>
    public async Task AnswerOneAsync(string caseId, string kind, string outcome, string? reference = null)
    {
        var open = await OpenTasksAsync(caseId, kind);
        if (open.Count != 1)
        {
            var all = (await CaseAsync(caseId))["openTasks"]!.AsArray().Select(t => $"{t!["kind"]}: {t["title"]}");
            Assert.Fail($"Expected one open {kind} task, found {open.Count}. Open: {string.Join("; ", all)}");
        }
        await AnswerAsync((string)open[0]["id"]!, outcome, reference);
    }

    /// <summary>Answers one task from the link in its email.</summary>
    public async Task AnswerAsync(string taskId, string outcome, string? reference = null)
    {
        var token = await TokenAsync(taskId);
        HttpResponseMessage response;
        if (useForms)
        {
            var page = await participant.GetAsync($"/tasks/{taskId}?t={token}");
            await page.ExpectStatusAsync(HttpStatusCode.OK);
            var form = new Dictionary<string, string> { ["t"] = token, ["outcome"] = outcome, ["comment"] = "", ["reference"] = reference ?? "" };
            response = await participant.PostAsync($"/tasks/{taskId}", new FormUrlEncodedContent(form));
            // The answer redirects (303) to the receipt, which a client that follows redirects shows (200).
            if (response.StatusCode != HttpStatusCode.OK) await response.ExpectStatusAsync(HttpStatusCode.SeeOther);
        }
        else
        {
            response = await participant.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { token, outcome, reference });
            await response.ExpectAsync(HttpStatusCode.OK);
        }
    }

    /// <summary>Every email sent so far (delivering what is queued first).</summary>
    public async Task<List<MimeMessage>> DeliveredMailAsync()
    {
        await deliverMail();
        ReadNewMail();
        return Mail;
    }

    /// <summary>The plain text of a task's email, the question in it (delivering what is queued first).</summary>
    public async Task<string> EmailTextAsync(string taskId)
    {
        await TokenAsync(taskId);
        return Mail.Last(m => (m.TextBody ?? "").Contains(taskId, StringComparison.Ordinal)).TextBody!;
    }

    /// <summary>The token of a task's link, from the emails (delivering what is queued first).</summary>
    public async Task<string> TokenAsync(string taskId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (tokens.TryGetValue(taskId, out var token)) return token;
            await deliverMail();
            ReadNewMail();
            if (!tokens.ContainsKey(taskId)) await Task.Delay(100);
        }
        throw new InvalidOperationException($"No email with a link to task {taskId} in {mailDirectory}.");
    }

    private void ReadNewMail()
    {
        if (!Directory.Exists(mailDirectory)) return;
        foreach (var file in Directory.EnumerateFiles(mailDirectory, "*.eml").Where(readFiles.Add))
        {
            var message = MimeMessage.Load(file);
            Mail.Add(message);
            foreach (Match match in linkPattern.Matches(message.TextBody ?? "")) tokens[match.Groups["id"].Value] = match.Groups["token"].Value;
        }
    }
}
