namespace ENamnd.ElsaConformance.Manifest;

/// <summary>A request to a workflow's HTTP endpoint, as Elsa's test sends it, and the answer it expects.</summary>
public sealed record HttpCall
{
    /// <summary>The HTTP method.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The path on the host, e.g. <c>/workflows/hello-world</c> (Elsa's default base path).</summary>
    public required string Path { get; init; }

    /// <summary>A JSON body to send, if any.</summary>
    public string? Body { get; init; }

    /// <summary>The expected status code, if the test checks it.</summary>
    public int? Status { get; init; }

    /// <summary>The expected response body, if the test checks it.</summary>
    public string? ResponseBody { get; init; }
}
