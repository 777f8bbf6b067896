using System.Net;
using System.Text;
using ENamnd.TestSupport;

namespace ENamnd.Host.Tests;

/// <summary>The examples in <c>requests/enamnd.http</c> work as written: each one, in order, against the host.</summary>
public sealed class RequestExamplesTests(TestHostFactory factory) : IClassFixture<TestHostFactory>
{
    // The examples that need a task's id (and for an answer the token only its email holds) show the shape of the
    // request; here the placeholder names no task, which each endpoint says in its own 404.
    private const string Placeholder = "TASK-ID";

    [Fact]
    public async Task Should_AnswerEveryExampleWithSuccess_When_RunInOrder()
    {
        var examples = Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find()!, "requests", "enamnd.http")));
        using var client = factory.CreateCoordinatorClient();

        Assert.True(examples.Count >= 10, $"Only {examples.Count} examples were read.");
        foreach (var example in examples.Where(e => !e.Url.Contains(Placeholder, StringComparison.Ordinal)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(example.Method), new Uri(example.Url).PathAndQuery);
            if (example.Body is { } body) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{example.Title}: {example.Method} {example.Url} answered {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var withTask = examples.Where(e => e.Url.Contains(Placeholder, StringComparison.Ordinal)).ToList();
        Assert.Equal(["complete", "remind", "reassign"], withTask.Select(e => e.Url.Split('/')[^1]));
        using var anonymous = factory.CreateClient();
        foreach (var example in withTask)
        {
            // Only the answer goes without the coordinator key: its token is the credential.
            var sender = example.Url.EndsWith("/complete", StringComparison.Ordinal) ? anonymous : client;
            using var content = new StringContent(example.Body ?? "", Encoding.UTF8, "application/json");
            var refused = await sender.PostAsync(new Uri(example.Url).PathAndQuery, example.Body is null ? null : content);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Contains(example.Url.EndsWith("/complete", StringComparison.Ordinal) ? "Länken är ogiltig" : "finns inte", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    private sealed record Example(string Title, string Method, string Url, string? Body);

    // "### title", then "METHOD url", headers up to a blank line, and the body up to the next "###".
    private static List<Example> Parse(string text)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var examples = new List<Example>();
        foreach (var line in text.Split('\n').Where(l => l.StartsWith('@')))
        {
            var parts = line[1..].Split('=', 2, StringSplitOptions.TrimEntries);
            variables[parts[0]] = parts[1];
        }
        foreach (var block in text.Split("\n###").Skip(1))
        {
            var lines = block.Split('\n');
            var requestLine = lines.Skip(1).First(l => l.Length > 0 && !l.StartsWith('#')).Split(' ', 2);
            var afterHeaders = lines.Skip(1).SkipWhile(l => l.Length == 0).SkipWhile(l => l.Trim().Length > 0).ToList();
            var body = string.Join('\n', afterHeaders).Trim();
            examples.Add(new Example(lines[0].Trim(), requestLine[0], Expand(requestLine[1].Trim(), variables), body.Length == 0 ? null : body));
        }
        return examples;
    }

    private static string Expand(string text, Dictionary<string, string> variables) =>
        variables.Aggregate(text, (current, variable) => current.Replace("{{" + variable.Key + "}}", variable.Value, StringComparison.Ordinal));
}
