using System.Diagnostics;

namespace ENamnd.ElsaConformance.Tests;

public class ElsaCoreSourceTests
{
    [Fact]
    public async Task Should_ReadFilesOfTheFolder_When_GivenACheckout()
    {
        var checkout = OwnWorkflows.Checkout(("test/integration/A/a.json", "{\"a\":1}"));
        try
        {
            var source = await ElsaCoreSource.OpenAsync(checkout.FullName, CancellationToken.None);

            Assert.Equal("{\"a\":1}", await source.ReadAsync("test/integration/A/a.json", CancellationToken.None));
            Assert.Null(await source.ReadAsync("test/integration/A/missing.json", CancellationToken.None));
            Assert.Null(source.Commit);
        }
        finally
        {
            checkout.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_ReadHeadAndItsCommit_When_GivenABareGitDirectory()
    {
        var work = OwnWorkflows.Checkout(("test/component/B/b.json", "{\"b\":2}"));
        var bare = Directory.CreateTempSubdirectory("enamnd-fake-elsa-core-git-");
        try
        {
            Git(work.FullName, "init", "-q");
            Git(work.FullName, "add", ".");
            Git(work.FullName, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "files");
            Git(bare.FullName, "clone", "-q", "--bare", work.FullName, bare.FullName + "/repo");
            var head = Git(work.FullName, "rev-parse", "HEAD").Trim();

            var source = await ElsaCoreSource.OpenAsync(Path.Combine(bare.FullName, "repo"), CancellationToken.None);

            Assert.Equal("{\"b\":2}", await source.ReadAsync("test/component/B/b.json", CancellationToken.None));
            Assert.Null(await source.ReadAsync("test/component/B/missing.json", CancellationToken.None));
            Assert.Equal(head, source.Commit);
        }
        finally
        {
            work.Delete(recursive: true);
            bare.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Should_Refuse_When_TheFolderIsNeitherACheckoutNorGit()
    {
        var empty = Directory.CreateTempSubdirectory("enamnd-not-elsa-core-");
        try
        {
            await Assert.ThrowsAsync<ArgumentException>(() => ElsaCoreSource.OpenAsync(empty.FullName, CancellationToken.None));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output;
    }
}
