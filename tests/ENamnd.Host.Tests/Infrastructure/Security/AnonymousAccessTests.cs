using System.Net;

namespace ENamnd.Host.Tests.Infrastructure.Security;

/// <summary>The reference-data, people and allocation endpoints are for the coordinator only.</summary>
public sealed class AnonymousAccessTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    [Theory]
    [InlineData("GET", "/api/municipalities")]
    [InlineData("GET", "/api/municipalities/2580")]
    [InlineData("GET", "/api/participants")]
    [InlineData("GET", "/api/participants/lookup?role=beredningsgrupp&municipality=Kalix")]
    [InlineData("GET", "/api/participants/demo-ledamot-2580")]
    [InlineData("POST", "/api/participants")]
    [InlineData("PUT", "/api/participants/demo-ledamot-2580")]
    [InlineData("DELETE", "/api/participants/demo-ledamot-2580")]
    [InlineData("POST", "/api/allocations/preview")]
    public async Task Should_AnswerUnauthorized_When_NoCoordinatorCredentials(string method, string url)
    {
        using var anonymous = factory.CreateClient();

        var response = await anonymous.SendJsonAsync(new HttpMethod(method), url, """{"name":"Ingen"}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
