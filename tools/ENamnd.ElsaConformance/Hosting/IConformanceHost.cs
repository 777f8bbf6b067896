using System.Text.Json.Nodes;

namespace ENamnd.ElsaConformance.Hosting;

/// <summary>A host the files are imported into and run on: its HTTP surface and its runtime's resume entry point.</summary>
public interface IConformanceHost : IAsyncDisposable
{
    /// <summary>A client of the host that sends the coordinator key (the designer API and workflow HTTP endpoints).</summary>
    HttpClient Client { get; }

    /// <summary>Resumes a bookmark through the runtime, as Elsa's test helper does for every bookmark until the workflow ends.</summary>
    Task ResumeAsync(string bookmarkId, JsonObject? input, CancellationToken cancellationToken);
}
