namespace ENamnd.Host.Features.Tasks;

/// <summary>One fact on a task's page: a term and its value, in Swedish.</summary>
public sealed record TaskFact(string Term, string Value);
