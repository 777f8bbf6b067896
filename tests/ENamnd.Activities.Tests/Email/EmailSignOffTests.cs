using ENamnd.Activities.Email;

namespace ENamnd.Activities.Tests.Email;

/// <summary>The sign-off every email ends with.</summary>
public sealed class EmailSignOffTests
{
    [Theory]
    [InlineData("Hej!\n\nMötet är inställt.\n", "Hej!\n\nMötet är inställt.\n\nNorrbottens e-nämnd")]
    [InlineData("Hej!", "Hej!\n\nNorrbottens e-nämnd")]
    [InlineData("", "Norrbottens e-nämnd")]
    [InlineData(null, "Norrbottens e-nämnd")]
    public void Should_EndWithTheCommitteesName_When_TheTextLacksIt(string? text, string expected)
    {
        Assert.Equal(expected, EmailSignOff.AddTo(text));
    }

    [Theory]
    [InlineData("Hej!\n\nNorrbottens e-nämnd")]
    [InlineData("Hej!\n\nMed vänlig hälsning\nNorrbottens e-nämnd\n")]
    public void Should_LeaveTheText_When_ItIsAlreadySigned(string text)
    {
        Assert.Equal(text, EmailSignOff.AddTo(text));
    }
}
