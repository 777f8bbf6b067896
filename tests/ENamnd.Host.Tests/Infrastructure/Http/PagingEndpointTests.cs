using System.Net;
using ENamnd.Http;

namespace ENamnd.Host.Tests.Infrastructure.Http;

/// <summary>Every list of the application's and the designer's APIs is paged, with a default, a maximum and a Swedish 400 out of range.</summary>
public sealed class PagingEndpointTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    public static TheoryData<string> Lists() =>
        ["/api/cases", "/api/contracts", "/api/plans", "/api/meetings", "/api/participants", "/api/tasks"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Should_AnswerAPageAndTheTotal_When_AListIsAskedFor(string list)
    {
        using var api = factory.CreateCoordinatorClient();

        var all = await api.GetAsync(list);
        var first = await api.GetAsync($"{list}?page=1&pageSize=1");

        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        var total = int.Parse(Assert.Single(all.Headers.GetValues(Paging.TotalCountHeader)), System.Globalization.CultureInfo.InvariantCulture);
        var items = (await all.ExpectAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(Math.Min(total, Paging.DefaultPageSize), items.Count);
        Assert.Equal(Math.Min(total, 1), (await first.ExpectAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Theory]
    [InlineData("/api/cases?page=0", "page", "page måste vara ett heltal från 1 till 1000000")]
    [InlineData("/api/contracts?pageSize=101", "pageSize", "pageSize måste vara ett heltal från 1 till 100.")]
    [InlineData("/api/tasks?page=-1&pageSize=-1", "pageSize", "pageSize måste vara ett heltal från 1 till 100.")]
    [InlineData("/elsa/api/workflow-definitions?page=-1&pageSize=-1", "page", "page måste vara ett heltal från 0 till 1000000")]
    [InlineData("/elsa/api/workflow-instances?pageSize=100000", "pageSize", "pageSize måste vara ett heltal från 1 till 1000.")]
    public async Task Should_Answer400InSwedish_When_ThePageIsOutOfRange(string url, string field, string message)
    {
        using var api = factory.CreateCoordinatorClient();

        var problem = await (await api.GetAsync(url)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(message, (string?)problem["errors"]![field]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/cases?page=x")]
    [InlineData("/api/meetings?pageSize=1.5")]
    [InlineData("/elsa/api/workflow-definitions?pageSize=alla")]
    public async Task Should_Answer400WithABody_When_ThePageIsNoNumber(string url)
    {
        using var api = factory.CreateCoordinatorClient();

        await (await api.GetAsync(url)).ExpectInvalidAsync("Begäran saknar ett värde eller har ett värde som inte går att läsa.");
    }
}
