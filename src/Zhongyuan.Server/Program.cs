var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/healthz", () => "ok");
app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
