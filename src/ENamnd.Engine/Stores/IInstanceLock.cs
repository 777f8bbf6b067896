namespace ENamnd.Engine.Stores;

/// <summary>Serializes the steps of one instance: at most one runs at a time.</summary>
public interface IInstanceLock
{
    /// <summary>Waits for and takes the lock of an instance; disposing releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken = default);
}
