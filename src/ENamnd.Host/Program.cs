using ENamnd.Host;
using ENamnd.Host.Infrastructure.Backup;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Logging;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;

if (BackupCommand.IsRequested(args, out var backupTarget))
{
    // Without the verb's own arguments, which the command-line configuration would misread.
    var settings = WebApplication.CreateBuilder([.. args.Skip(2)]);
    settings.AddENamndHost();
    return BackupCommand.Run(settings.Configuration, backupTarget);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddENamndHost();

var app = builder.Build();
app.UseReverseProxy();
app.UseENamndRequestLogging();
app.UseApiProblems();
app.UseCoordinatorSecurity();
// The application's pages carry antiforgery metadata; endpoints that read forms by hand opt out.
app.UseAntiforgery();
return await app.RunENamndAsync();

/// <summary>The host's entry point, visible to integration tests.</summary>
public partial class Program;
