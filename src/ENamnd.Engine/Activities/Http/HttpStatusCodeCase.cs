using ENamnd.Engine.Model;

namespace ENamnd.Engine.Activities.Http;

/// <summary>One expected status code of a <see cref="SendHttpRequest"/> and the activity run when the response has it.</summary>
public sealed record HttpStatusCodeCase(int StatusCode, Activity? Activity);
