using Zhongyuan.Server.Hosting;

var app = ZhongyuanApp.Create(args);
await app.RunAsync();

/// <summary>The server's entry point; public so that tests can host it.</summary>
public partial class Program;
