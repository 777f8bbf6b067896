using ENamnd.Host.Infrastructure.Email;
using ENamnd.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using static ENamnd.Host.Tests.Infrastructure.Email.EmailTestData;

namespace ENamnd.Host.Tests.Infrastructure.Email;

public sealed class PickupDirectoryTransportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "enamnd-pickup-" + NewId());

    // A directory that does not exist yet: the transport creates it.
    private string MailDirectory => Path.Combine(_root, "data", "mail");

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Should_WriteParsableEml_When_MessageSent()
    {
        var id = NewId();

        await Sender().SendAsync(Message(), id, CancellationToken.None);

        var file = Assert.Single(Directory.GetFiles(MailDirectory));
        Assert.Matches($"^20250314T092653000-{id}-[0-9a-f]{{6}}\\.eml$", Path.GetFileName(file));
        var raw = await File.ReadAllBytesAsync(file);
        Assert.DoesNotMatch("[^\r]\n", System.Text.Encoding.Latin1.GetString(raw));
        var parsed = Parse(raw);
        Assert.Equal($"{id}@enamnd.local", parsed.MessageId);
        Assert.Equal(Subject, parsed.Subject);
        Assert.Equal(HtmlBody, parsed.HtmlBody);
        Assert.Equal(Lines(TextBody), Lines(parsed.TextBody));
    }

    [Fact]
    public async Task Should_KeepBothFilesWithSameMessageId_When_SameMessageSentTwice()
    {
        var id = NewId();
        var sender = Sender();

        await sender.SendAsync(Message(), id, CancellationToken.None);
        await sender.SendAsync(Message(), id, CancellationToken.None);

        var files = Directory.GetFiles(MailDirectory);
        Assert.Equal(2, files.Length);
        Assert.All(files, file => Assert.EndsWith(PickupDirectoryTransport.Extension, file));
        Assert.All(files, file => Assert.Equal($"{id}@enamnd.local", Parse(File.ReadAllBytes(file)).MessageId));
    }

    [Fact]
    public async Task Should_LeaveNoTemporaryFile_When_WriteCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender().SendAsync(Message(), NewId(), cancelled.Token));

        Assert.Empty(Directory.GetFiles(MailDirectory));
    }

    private EmailSender Sender()
    {
        var options = Microsoft.Extensions.Options.Options.Create(NewOptions(o => o.PickupDirectory = MailDirectory));
        var transport = new PickupDirectoryTransport(options, new TestClock(Now), NullLogger<PickupDirectoryTransport>.Instance);
        return new EmailSender(Composer(options.Value), transport);
    }
}
