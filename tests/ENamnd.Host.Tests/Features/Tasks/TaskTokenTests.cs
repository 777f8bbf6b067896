using ENamnd.Host.Features.Tasks;
using ENamnd.Host.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace ENamnd.Host.Tests.Features.Tasks;

public sealed class TaskTokenTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("enamnd-tokens-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Should_GiveSameTokenEveryTime_When_SameTaskAndSecret()
    {
        var tokens = Tokens("en-hemlighet-som-ar-minst-32-tecken-lang");
        var again = Tokens("en-hemlighet-som-ar-minst-32-tecken-lang");

        Assert.Equal(tokens.TokenFor("task-1"), again.TokenFor("task-1"));
        Assert.NotEqual(tokens.TokenFor("task-1"), tokens.TokenFor("task-2"));
        Assert.NotEqual(tokens.TokenFor("task-1"), Tokens("en-annan-hemlighet-som-ar-minst-32-tecken").TokenFor("task-1"));
        Assert.Matches("^[A-Za-z0-9_-]{43}$", tokens.TokenFor("task-1"));
    }

    [Fact]
    public void Should_MatchOnlyItsOwnHash_When_Compared()
    {
        var token = Tokens("en-hemlighet-som-ar-minst-32-tecken-lang").TokenFor("task-1");
        var hash = TaskTokens.HashOf(token);

        Assert.True(TaskTokens.Matches(token, hash));
        Assert.False(TaskTokens.Matches(token + "x", hash));
        Assert.False(TaskTokens.Matches(null, hash));
        Assert.False(TaskTokens.Matches("", hash));
        Assert.False(TaskTokens.Matches(token, "inte-en-hash"));
    }

    [Fact]
    public void Should_GenerateSecretOnceIntoOwnerOnlyFile_When_NoneConfigured()
    {
        var first = Tokens(null).TokenFor("task-1");
        var second = Tokens(null).TokenFor("task-1");

        var file = Path.Combine(directory, TaskTokenSecret.FileName);
        Assert.True(File.Exists(file));
        Assert.True(File.ReadAllText(file).Trim().Length >= TaskOptions.MinimumSecretLength);
        Assert.Equal(first, second);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Should_UseConfiguredSecretAndWriteNoFile_When_SecretConfigured()
    {
        Tokens("en-hemlighet-som-ar-minst-32-tecken-lang").TokenFor("task-1");

        Assert.False(File.Exists(Path.Combine(directory, TaskTokenSecret.FileName)));
    }

    private TaskTokens Tokens(string? secret) => new(new TaskTokenSecret(
        Options.Create(new TaskOptions { TokenSecret = secret }),
        Options.Create(new StorageOptions { DataDirectory = directory })));
}
