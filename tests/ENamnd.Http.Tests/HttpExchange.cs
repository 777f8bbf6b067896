using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace ENamnd.Http.Tests;

/// <summary>A request without a server: the services a result and the body reader use, and the answer a result writes.</summary>
internal static class HttpExchange
{
    /// <summary>A request whose body is <paramref name="body"/>, sent as <paramref name="contentType"/>, to an application that reads enums as names.</summary>
    public static HttpRequest Request(string body, string? contentType = "application/json")
    {
        var context = NewContext();
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context.Request;
    }

    /// <summary>Runs <paramref name="result"/> and returns what it wrote: the status, the content type and the body as JSON.</summary>
    public static async Task<(int Status, string? ContentType, JsonObject Body)> AnswerAsync(IResult result)
    {
        var context = NewContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        var json = JsonNode.Parse(Encoding.UTF8.GetString(body.ToArray()))!.AsObject();
        return (context.Response.StatusCode, context.Response.ContentType, json);
    }

    private static DefaultHttpContext NewContext()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
    }
}
