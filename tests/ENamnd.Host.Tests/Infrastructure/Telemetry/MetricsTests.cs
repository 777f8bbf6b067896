using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ENamnd.Engine.Activities;
using ENamnd.Engine.Model;
using ENamnd.Engine.Runtime;
using ENamnd.Engine.Stores;
using ENamnd.Host.Infrastructure.Email;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Host.Infrastructure.Telemetry;
using ENamnd.Host.Tests.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ENamnd.Host.Tests.Infrastructure.Telemetry;

/// <summary>The host's own instruments move when a step commits, a bookmark is resumed, an email is sent or fails and a job runs.</summary>
public sealed class MetricsTests(TestHostFactory factory) : IClassFixture<TestHostFactory>, IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Name, double Value, Dictionary<string, object?> Tags)> measured = new();

    [Fact]
    public async Task Should_CountCommittedStepsAndResumes_When_AWorkflowWaitsAndIsResumed()
    {
        Listen();
        var definition = new WorkflowBuilder("telemetry-check", "Telemetrikontroll").Build(new Sequence(new Event("Vidare"), new WriteLine("Klar")));
        await factory.Services.GetRequiredService<IWorkflowDefinitionStore>().SaveAsync(definition);
        var runtime = factory.Services.GetRequiredService<IWorkflowRuntime>();

        var started = await runtime.StartAsync(new StartWorkflowRequest("telemetry-check"));
        var bookmark = started.Instance.Bookmarks.Single().Id;
        await runtime.ResumeAsync(bookmark);
        await runtime.ResumeAsync(bookmark);

        Assert.Equal(2, Sum("enamnd.workflow.steps_committed", ("workflow.definition", "telemetry-check")));
        Assert.Equal(1, Sum("enamnd.workflow.resumes", ("outcome", "resumed")));
        Assert.Equal(1, Sum("enamnd.workflow.resumes", ("outcome", "already_handled")));
    }

    [Fact]
    public async Task Should_CountSentAndFailedEmails_When_TheTransportAcceptsOrRefuses()
    {
        Listen();
        await factory.Services.GetRequiredService<EmailSender>().SendAsync(EmailTestData.Message(), EmailTestData.NewId(), CancellationToken.None);
        var refusing = new EmailSender(factory.Services.GetRequiredService<EmailComposer>(), new RefusingTransport(),
            factory.Services.GetRequiredService<ENamndMetrics>());

        await Assert.ThrowsAsync<EmailDeliveryException>(() => refusing.SendAsync(EmailTestData.Message(), EmailTestData.NewId(), CancellationToken.None));

        Assert.True(Sum("enamnd.email.sent") >= 1);
        Assert.Equal(1, Sum("enamnd.email.failed", ("transient", true)));
    }

    [Fact]
    public async Task Should_CountAndTimeJobRuns_And_ReportTheBacklog_When_AJobRuns()
    {
        Listen();

        await factory.Services.GetRequiredService<WorkflowJobs>().SweepDueBookmarksAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        Assert.True(Sum("enamnd.job.runs", ("job.id", "due-bookmark-sweep"), ("outcome", "succeeded")) >= 1);
        Assert.Contains(measured, m => m.Name == "enamnd.job.duration" && (string?)m.Tags["job.id"] == "due-bookmark-sweep" && m.Value >= 0);
        Assert.Contains(measured, m => m.Name == "enamnd.outbox.pending" && m.Value >= 0);
    }

    public void Dispose() => listener.Dispose();

    // Only this host's instruments: other hosts in the test run make meters of the same name from their own factories.
    private void Listen()
    {
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        factory.Services.GetRequiredService<ENamndMetrics>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ENamndTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, meters)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<int>((i, value, tags, _) => Record(i, value, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Record(i, value, tags));
        listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        measured.Enqueue((instrument.Name, value, copy));
    }

    private double Sum(string name, params (string Key, object Value)[] tags) =>
        measured.Where(m => m.Name == name && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && Equals(v, t.Value))).Sum(m => m.Value);

    private sealed class RefusingTransport : IEmailTransport
    {
        public Task SendAsync(MimeMessage message, CancellationToken ct) =>
            throw new EmailDeliveryException("Refused by the test.", isTransient: true);
    }
}
