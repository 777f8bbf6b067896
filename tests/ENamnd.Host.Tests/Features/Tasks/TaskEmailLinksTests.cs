using ENamnd.Activities.Email;
using ENamnd.Activities.Tasks;
using ENamnd.Host.Features.Tasks;
using ENamnd.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Host.Tests.Features.Tasks;

public sealed class TaskEmailLinksTests : IAsyncLifetime
{
    private const string Base = "https://e-namnd.example.org/portal";
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-links-").FullName;
    private TaskStoreHarness harness = null!;

    public async Task InitializeAsync() => harness = await TaskStoreHarness.StartAsync(
        new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory, "links.db")}"),
        directory,
        new Dictionary<string, string?> { ["Host:PublicBaseUrl"] = Base + "/" });

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Should_InsertLinkFromPublicBaseUrl_When_EmailGoesToTaskRecipient()
    {
        var task = await OpenAsync("beredning.kalix@example.org");
        var token = harness.Services.GetRequiredService<TaskTokens>().TokenFor(task.TaskId);

        var filled = await Links.FillAsync(Email("beredning.kalix@example.org", task.TaskId), CancellationToken.None);

        Assert.Equal($"Svara här: {Base}/tasks/{task.TaskId}?t={token}", filled.TextBody);
        Assert.Equal($"<a href=\"{Base}/tasks/{task.TaskId}?t={token}\">Svara</a>", filled.HtmlBody);
    }

    [Fact]
    public async Task Should_InsertNoLink_When_EmailGoesToSomeoneElse()
    {
        var task = await OpenAsync("beredning.kalix@example.org");

        var filled = await Links.FillAsync(Email("annan.mottagare@example.org", task.TaskId), CancellationToken.None);

        Assert.Equal($"Svara här: {TaskEmailLinks.Unavailable}", filled.TextBody);
        Assert.DoesNotContain("/tasks/", filled.HtmlBody);
    }

    [Fact]
    public async Task Should_InsertNoLink_When_TaskUnknown()
    {
        var filled = await Links.FillAsync(Email("beredning.kalix@example.org", "okand-uppgift"), CancellationToken.None);

        Assert.Equal($"Svara här: {TaskEmailLinks.Unavailable}", filled.TextBody);
    }

    [Fact]
    public async Task Should_LinkToTheRecipientsCalendarPage_When_ATaskEmailIsFilled()
    {
        var task = await OpenAsync("beredning.kalix@example.org");
        var token = harness.Services.GetRequiredService<TaskTokens>().TokenFor(task.TaskId);

        var filled = await Links.FillAsync(TaskEmails.Invitation(task), CancellationToken.None);

        var calendar = $"{Base}/tasks/{task.TaskId}/kalender?t={token}";
        Assert.Contains($"Prenumerera på din kalender med möten och svarstider:\n{calendar}", filled.TextBody);
        Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(calendar)}\">Prenumerera på din kalender</a>", filled.HtmlBody);
        Assert.DoesNotContain("[[kalenderlänk", filled.TextBody + filled.HtmlBody);
    }

    private TaskEmailLinks Links => harness.Services.GetRequiredService<TaskEmailLinks>();

    private async Task<OpenedTask> OpenAsync(string email)
    {
        var task = TaskStoreHarness.NewTask(email);
        await harness.CommitAsync(task, (TaskRecordKinds.Opened, task));
        return task;
    }

    private static EmailMessage Email(string to, string taskId) => new()
    {
        To = [new EmailAddress(to)],
        Subject = "Beslut om deltagande",
        TextBody = $"Svara här: {TaskLinks.Placeholder(taskId)}",
        HtmlBody = $"<a href=\"{TaskLinks.Placeholder(taskId)}\">Svara</a>",
    };
}
