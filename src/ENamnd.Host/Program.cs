using ENamnd.Host;
using ENamnd.Host.Infrastructure.Http;
using ENamnd.Host.Infrastructure.Logging;
using ENamnd.Host.Infrastructure.Security;
using ENamnd.Http;

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
