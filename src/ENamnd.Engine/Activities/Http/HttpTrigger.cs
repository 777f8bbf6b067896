namespace ENamnd.Engine.Activities.Http;

/// <summary>An <see cref="HttpEndpoint"/> that starts a workflow: the endpoint's activity id and what it answers (one method).</summary>
public sealed record HttpTrigger(string ActivityId, HttpEndpointBookmarkPayload Payload);
