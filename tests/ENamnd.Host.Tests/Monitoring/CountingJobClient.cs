using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace ENamnd.Host.Tests.Monitoring;

/// <summary>A Hangfire client for the ledger tests that only counts the jobs it is asked to create.</summary>
internal sealed class CountingJobClient : IBackgroundJobClient
{
    private int created;

    public int Created => Volatile.Read(ref created);

    public string Create(Job job, IState state) => Interlocked.Increment(ref created).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
