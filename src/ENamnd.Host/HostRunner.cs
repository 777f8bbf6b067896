using ENamnd.Host.Infrastructure.Database;
using ENamnd.Host.Infrastructure.Scheduling;
using ENamnd.Workflows;
using Microsoft.Extensions.Options;

namespace ENamnd.Host;

/// <summary>Starts the host in order (database, schedules, endpoints) and turns configuration errors into readable messages.</summary>
public static class HostRunner
{
    /// <summary>Runs the host until it stops; returns the process exit code.</summary>
    public static async Task<int> RunENamndAsync(this WebApplication app)
    {
        try
        {
            // Validated here, before the host starts, so a bad setting reads as a message rather than a logged stack trace.
            app.Services.GetService<IStartupValidator>()?.Validate();
            if (!await app.PrepareDatabaseAsync())
            {
                // Disposing flushes the loggers, so the reason reaches the console before the process ends.
                await app.DisposeAsync();
                return 1;
            }
            await app.SeedFeaturesAsync();
            await app.Services.GetRequiredService<CodeWorkflowInstaller>().InstallAsync(app.Lifetime.ApplicationStopping);
            await app.StartSchedulingAsync();
            app.MapENamndEndpoints();
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException e)
        {
            await Console.Error.WriteLineAsync("ENamnd kan inte starta: konfigurationen är ogiltig.");
            foreach (var failure in e.Failures) await Console.Error.WriteLineAsync($"  - {failure}");
            return 2;
        }
    }
}
