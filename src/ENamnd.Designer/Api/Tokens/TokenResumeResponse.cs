namespace ENamnd.Designer.Api.Tokens;

/// <summary>What a resume link did: the instance it reached and how many of its waits it resumed (Elsa answers 200 with no body).</summary>
public sealed record TokenResumeResponse(string WorkflowInstanceId, int Resumed);
