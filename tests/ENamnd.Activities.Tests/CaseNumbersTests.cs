namespace ENamnd.Activities.Tests;

/// <summary>Case numbers as people see them: a contract's internal key is never shown.</summary>
public sealed class CaseNumbersTests
{
    [Theory]
    [InlineData("2026/14-2.2.0.1", "2026/14-2.2.0.1")]
    [InlineData(" 2026/14-2.2.0.1 ", "2026/14-2.2.0.1")]
    [InlineData("avtal:2940db7f7dc96f46d94a9b6ff93c89c3", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Should_ShowOnlyCaseNumbers_When_ACorrelationIdIsShown(string? correlationId, string? expected)
    {
        Assert.Equal(expected, CaseNumbers.Shown(correlationId));
        Assert.Equal(expected is null ? "" : $" (ärende {expected})", CaseNumbers.Suffix(correlationId));
    }
}
