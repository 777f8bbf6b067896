using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ENamnd.Host.Infrastructure.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;

namespace ENamnd.Host.Tests.Infrastructure.Logging;

/// <summary>Whatever is logged while a calendar feed is fetched carries its route pattern, never the token in its path (the request scope's RequestPath).</summary>
public sealed class SecretPathLoggingTests
{
    [Fact]
    public async Task Should_NeverLogTheToken_When_SomethingLogsDuringAFeedRequest()
    {
        var sink = new InMemorySink();
        await using var factory = new TestHostFactory
        {
            ConfigureServices = s => s.AddSingleton<ILogEventSink>(sink).AddSingleton<IStartupFilter, LoggingMiddleware>(),
        };
        using var api = factory.CreateCoordinatorClient();
        using var anonymous = factory.CreateClient();
        var person = await api.PostAsJsonAsync("/api/participants", new { name = "Logg Person", email = "logg.person@example.org", roles = new[] { new { role = "e-samordnare" } } });
        Assert.True(person.IsSuccessStatusCode, await person.Content.ReadAsStringAsync());
        var personId = (string)(await person.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var renewed = await api.PostAsync($"/api/calendar-feeds/{personId}", null);
        renewed.EnsureSuccessStatusCode();
        var path = new Uri((string)(await renewed.Content.ReadFromJsonAsync<JsonObject>())!["url"]!).AbsolutePath;
        var token = path["/kalender/".Length..^".ics".Length];

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);

        var logged = sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("Test middleware", StringComparison.Ordinal)).ToList();
        Assert.Contains(logged, e => e.Properties["RequestPath"].ToString() == "\"/kalender/{token}.ics\"");
        Assert.Contains(logged, e => e.Properties["RequestPath"].ToString() == $"\"{SafeRequestPath.Hidden}\"");
        Assert.DoesNotContain(token, sink.Text);
    }

    // Logs before routing (no endpoint yet: hidden by the path's prefix) and after it (the endpoint's route pattern).
    private sealed class LoggingMiddleware : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var logger = app.ApplicationServices.GetRequiredService<ILogger<SecretPathLoggingTests>>();
            app.Use(async (context, proceed) =>
            {
                if (context.Request.Path.StartsWithSegments("/kalender")) logger.LogWarning("Test middleware before the request");
                await proceed(context);
                if (context.Request.Path.StartsWithSegments("/kalender")) logger.LogWarning("Test middleware after the request");
            });
            next(app);
        };
    }
}
