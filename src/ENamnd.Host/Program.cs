using ENamnd.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddENamndHost();

var app = builder.Build();
app.MapENamndEndpoints();
app.Run();

/// <summary>The host's entry point, visible to integration tests.</summary>
public partial class Program;
