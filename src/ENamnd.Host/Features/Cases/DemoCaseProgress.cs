namespace ENamnd.Host.Features.Cases;

/// <summary>How far <see cref="DemoCaseDriver"/> took a demo case: whether it is where it should be, and how many tasks were answered on the way.</summary>
public sealed record DemoCaseProgress(bool Placed, int Answered, string Phase);
