using Zhongyuan.OpenData.Usage;

namespace Zhongyuan.Server.Hosting;

/// <summary>Counting data API calls and downloads per resource (the portal's usage figures), flushed every few seconds.</summary>
internal static class UsageModule
{
    public static void AddZhongyuanUsage(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UsageMeter>();
        builder.Services.AddHostedService<UsageFlusher>();
    }

    /// <summary>
    /// Counts a successful answer (status below 400, known when the response completes) of a data endpoint with a
    /// <c>{code}</c> route value as <paramref name="kind"/>.
    /// </summary>
    public static TBuilder CountsUsage<TBuilder>(this TBuilder builder, UsageKind kind)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues["code"] is string code)
            {
                var meter = http.RequestServices.GetRequiredService<UsageMeter>();
                http.Response.OnCompleted(() =>
                {
                    if (http.Response.StatusCode < StatusCodes.Status400BadRequest)
                    {
                        meter.Count(code, kind);
                    }
                    return Task.CompletedTask;
                });
            }
            return await next(context);
        });

    /// <summary>Writes the counts every 5 seconds and once more when the server stops.</summary>
    private sealed class UsageFlusher(UsageMeter meter, ILogger<UsageFlusher> log) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
            try
            {
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    await FlushAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Stopping: the final flush follows in StopAsync.
            }
        }

        public override async Task StopAsync(CancellationToken cancellationToken)
        {
            await base.StopAsync(cancellationToken);
            await FlushAsync(cancellationToken);
        }

        private async Task FlushAsync(CancellationToken ct)
        {
            try
            {
                await meter.FlushAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Usage figures are not worth failing the server for; the counts of this flush are lost and logged.
                log.LogWarning(e, "Writing the resource usage counts failed");
            }
        }
    }
}
