using ENamnd.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddENamndHost();

var app = builder.Build();
return await app.RunENamndAsync();

/// <summary>The host's entry point, visible to integration tests.</summary>
public partial class Program;
