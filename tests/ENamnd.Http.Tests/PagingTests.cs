namespace ENamnd.Http.Tests;

public sealed class PagingTests
{
    [Fact]
    public void Should_TakeTheFirstPageOfTheDefaultSize_When_NothingIsAsked()
    {
        var (paging, problem) = Paging.From(null, null);

        Assert.Null(problem);
        Assert.Equal((1, Paging.DefaultPageSize, 0), (paging.Page, paging.PageSize, paging.Skip));
    }

    [Fact]
    public void Should_SkipThePagesBefore_When_ALaterPageIsAsked()
    {
        Assert.Equal(20, Paging.From(3, 10).Paging.Skip);
        Assert.Equal(30, Paging.From(3, 10, firstPage: 0).Paging.Skip);
    }

    [Fact]
    public void Should_AnswerThePageAndTheTotal_When_AppliedToAList()
    {
        var context = new DefaultHttpContext();

        var page = Paging.From(2, 2).Paging.Apply([1, 2, 3, 4, 5], context.Response);

        Assert.Equal([3, 4], page);
        Assert.Equal("5", context.Response.Headers[Paging.TotalCountHeader].ToString());
    }

    [Theory]
    [InlineData(0, null, "page")]
    [InlineData(-1, -1, "page")]
    [InlineData(1_000_001, null, "page")]
    [InlineData(null, 0, "pageSize")]
    [InlineData(null, 101, "pageSize")]
    [InlineData(null, int.MaxValue, "pageSize")]
    public async Task Should_Answer400NamingTheField_When_OutOfRange(int? page, int? pageSize, string field)
    {
        var (_, problem) = Paging.From(page, pageSize);

        var (status, _, body) = await HttpExchange.AnswerAsync(problem!);
        Assert.Equal(400, status);
        Assert.NotNull(body["errors"]![field]);
    }
}
