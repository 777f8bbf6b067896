using ENamnd.Host;
using ENamnd.Host.Persistence;
using ENamnd.Host.Scheduling;

var builder = WebApplication.CreateBuilder(args);
builder.AddENamndHost();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync()) return 1;
await app.StartSchedulingAsync();
app.MapENamndEndpoints();
await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to integration tests.</summary>
public partial class Program;
