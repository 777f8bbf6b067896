using ENamnd.Host.App;

namespace ENamnd.Host.Tests.App;

public sealed class PagedListTests
{
    [Theory]
    [InlineData(1, 1, 1, 25)]
    [InlineData(2, 2, 26, 50)]
    [InlineData(3, 3, 51, 60)]
    [InlineData(9, 3, 51, 60)]
    [InlineData(0, 1, 1, 25)]
    public void Should_GiveTheRowsOfThePageOrTheNearestThatExists_When_APageIsAskedFor(int asked, int page, int first, int last)
    {
        var list = PagedList<int>.Of(Enumerable.Range(1, 60), asked, 25);

        Assert.Equal((page, 3, 60), (list.Page, list.Pages, list.Total));
        Assert.Equal(Enumerable.Range(first, last - first + 1), list.Rows);
    }

    [Fact]
    public void Should_HaveOneEmptyPage_When_ThereIsNothing()
    {
        var list = PagedList<string>.Of([], 1, 25);

        Assert.Equal((1, 1, 0), (list.Page, list.Pages, list.Total));
        Assert.Empty(list.Rows);
    }
}
