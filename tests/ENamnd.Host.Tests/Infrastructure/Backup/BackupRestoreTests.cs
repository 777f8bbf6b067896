using System.Net;
using System.Text.Json.Nodes;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Infrastructure.Backup;
using ENamnd.Host.Tests.Features.Tasks;
using ENamnd.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Infrastructure.Backup;

/// <summary>A backup made while the host runs, restored as a fresh data directory, holds the same instances, decisions and open tasks, and the links already sent still work.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly TaskHostFactory source = new();
    private readonly TaskHostFactory restored = new();

    [Fact]
    public async Task Should_ShowTheSameDecisionsAndOpenTasks_When_ABackupIsRestoredIntoAFreshDataDirectory()
    {
        var decided = await TaskScenario.StartApprovalAsync(source);
        using (var participant = source.CreateParticipantClient())
            Assert.Equal(HttpStatusCode.SeeOther, (await TaskScenario.PostFormAsync(participant, decided, "Approved", comment: "Bra underlag.")).StatusCode);
        var open = await TaskScenario.StartApprovalAsync(source);

        // While the source host runs, into the restored host's (still empty) data directory.
        var copied = DataDirectoryBackup.Create(source.DataDirectory, source.Services.GetRequiredService<DatabaseSettings>(), restored.DataDirectory);

        Assert.Contains("databasen (enamnd.db)", copied);
        using var before = source.CreateCoordinatorClient();
        using var after = restored.CreateCoordinatorClient();
        Assert.Equal(await TasksAsync(before), await TasksAsync(after));
        var decision = Assert.Single(await TaskScenario.DecisionsAsync(restored, decided.TaskId));
        Assert.Equal("Bra underlag.", decision.Comment);
        Assert.Equal(HumanTaskStatus.Open, (await TaskScenario.TaskAsync(restored, open.TaskId)).Status);
        Assert.Equal((await TaskScenario.InstanceAsync(source, open.InstanceId)).SubStatus, (await TaskScenario.InstanceAsync(restored, open.InstanceId)).SubStatus);
        using var participantAfter = restored.CreateParticipantClient();
        var page = await participantAfter.GetAsync(open.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await TaskScenario.PostFormAsync(participantAfter, open, "Approved")).StatusCode);
    }

    [Fact]
    public void Should_RefuseAndWriteNothing_When_TheTargetIsNotEmpty()
    {
        _ = source.Services;
        var target = Directory.CreateTempSubdirectory("enamnd-backup-").FullName;
        File.WriteAllText(Path.Combine(target, "annat.txt"), "finns redan");

        var refused = Assert.Throws<InvalidOperationException>(() =>
            DataDirectoryBackup.Create(source.DataDirectory, source.Services.GetRequiredService<DatabaseSettings>(), target));

        Assert.Contains("är inte tom", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["annat.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
        Directory.Delete(target, recursive: true);
    }

    public void Dispose()
    {
        restored.Dispose();
        source.Dispose();
    }

    private static async Task<string> TasksAsync(HttpClient coordinator) =>
        string.Join("\n", JsonNode.Parse(await coordinator.GetStringAsync("/api/tasks"))!.AsArray()
            .Select(t => $"{t!["id"]} {t["status"]} {t["outcome"]}").Order(StringComparer.Ordinal));
}
