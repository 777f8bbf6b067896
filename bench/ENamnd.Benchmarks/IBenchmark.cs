namespace ENamnd.Benchmarks;

/// <summary>One benchmark: it runs its scenarios and reports one measurement per scenario and client count.</summary>
public interface IBenchmark
{
    /// <summary>The name shown while it runs.</summary>
    string Name { get; }

    /// <summary>Runs the scenarios; earlier results (e.g. the pgbench baseline) are in <see cref="BenchmarkContext.Results"/>.</summary>
    Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken);
}
