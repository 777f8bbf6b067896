using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Persistence;
using ENamnd.Persistence.Outbox;
using ENamnd.Persistence.Rows;
using ENamnd.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ENamnd.Host.Tests.Features.Tasks;

/// <summary>Drives the host through a task: publish and start an approval, send its email, read the link, and look at what was stored.</summary>
internal static class TaskScenario
{
    public const string Approver = "projektagare.uppgiftstest@example.org";

    public const string ApproverName = "Projektägare i uppgiftstestet";

    private static int cases = 100;

    private static readonly Regex Link = LinkPattern(TaskHostFactory.PublicBaseUrl);

    /// <summary>A task's link in an email from a host at <paramref name="publicBaseUrl"/>; its groups are the task's id and token.</summary>
    public static Regex LinkPattern(string publicBaseUrl) =>
        new(Regex.Escape(publicBaseUrl.TrimEnd('/')) + @"/tasks/(?<id>[0-9a-f]{32})\?t=(?<token>[A-Za-z0-9_-]{43})");

    /// <summary>Publishes a fresh approval workflow (its question <paramref name="instructions"/>, if given), starts it for a new case and returns the link from the sent email.</summary>
    public static async Task<TaskLink> StartApprovalAsync(TaskHostFactory host, TimeSpan? deadline = null, string? instructions = null)
    {
        using var coordinator = host.CreateCoordinatorClient();
        var definitionId = $"approval-{Guid.NewGuid():N}";
        var caseNumber = $"2022/{Interlocked.Increment(ref cases)}-2.2.0.1";
        var definition = ApprovalDefinition.Create(definitionId, $"{ApproverName} <{Approver}>", deadline ?? TimeSpan.FromDays(14), instructions);
        await (await coordinator.PostAsJsonAsync("/api/definitions", definition)).ExpectAsync(HttpStatusCode.Created);
        var started = await (await coordinator.PostAsJsonAsync("/api/instances", new { definitionId, correlationId = caseNumber })).ExpectAsync(HttpStatusCode.Created);
        var instanceId = (string)started["id"]!;
        await host.Services.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
        // On PostgreSQL the Hangfire worker the commit woke may hold the message (SKIP LOCKED) while this dispatch passes it by.
        var mail = await Poll.UntilAsync(() => Task.FromResult(TryFindMail(host, caseNumber)), m => m is not null, TimeSpan.FromSeconds(15),
            _ => $"No email of instance {instanceId} ({caseNumber}) in {host.MailDirectory}.");
        var text = mail!.TextBody ?? "";
        var match = Link.Match(text);
        Assert.True(match.Success, $"No task link in the email:\n{text}");
        return new TaskLink(match.Value, match.Groups["id"].Value, match.Groups["token"].Value, instanceId, caseNumber);
    }

    /// <summary>The sent email of a case, parsed.</summary>
    public static MimeMessage FindMail(TaskHostFactory host, string instanceId, string caseNumber) =>
        TryFindMail(host, caseNumber) ?? throw new InvalidOperationException($"No email of instance {instanceId} ({caseNumber}) in {host.MailDirectory}.");

    /// <summary>The sent email of a case, parsed; null while there is none.</summary>
    public static MimeMessage? TryFindMail(TaskHostFactory host, string caseNumber)
    {
        if (!Directory.Exists(host.MailDirectory)) return null;
        foreach (var file in Directory.EnumerateFiles(host.MailDirectory, "*.eml"))
        {
            var message = MimeMessage.Load(file);
            if (message.Subject?.EndsWith($"(ärende {caseNumber})", StringComparison.Ordinal) == true) return message;
        }
        return null;
    }

    /// <summary>Posts the answer form as the page would.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, TaskLink link, string outcome, string? token = null, string? comment = null) =>
        client.PostAsync(link.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["t"] = token ?? link.Token,
            ["outcome"] = outcome,
            ["comment"] = comment ?? "",
        }));

    /// <summary>The instance as last committed, with the whole journal the store keeps (the state holds none).</summary>
    public static async Task<WorkflowInstance> InstanceAsync(TaskHostFactory host, string instanceId)
    {
        var instances = host.Services.GetRequiredService<IWorkflowInstanceStore>();
        var instance = await instances.FindAsync(instanceId) ?? throw new InvalidOperationException($"Instance {instanceId} is not stored.");
        instance.Journal.AddRange(await instances.JournalAsync(instanceId));
        return instance;
    }

    public static async Task<TaskRow> TaskAsync(TaskHostFactory host, string taskId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
    }

    public static async Task<List<DecisionRow>> DecisionsAsync(TaskHostFactory host, string taskId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<ENamndDbContext>>().CreateDbContextAsync();
        return await db.Decisions.AsNoTracking().Where(d => d.TaskId == taskId).ToListAsync();
    }

}
