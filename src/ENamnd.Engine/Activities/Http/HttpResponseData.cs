namespace ENamnd.Engine.Activities.Http;

/// <summary>The response a <see cref="WriteHttpResponse"/> wrote, for the host to send once the step is committed.</summary>
public sealed record HttpResponseData(int StatusCode, string? ContentType, string? Body, IReadOnlyDictionary<string, string[]> Headers);
