using Microsoft.Extensions.Options;

namespace Zhongyuan.Server.Sharing;

/// <summary>
/// The webhook worker: every <see cref="SubscriptionOptions.PollInterval"/> (or at once when woken) it runs the due
/// deliveries (<see cref="WebhookDispatcher.RunDueAsync"/>). A new version is noticed by polling the versions, so it
/// works the same whichever replica committed it. One worker per platform is assumed (see docs/sharing.md).
/// </summary>
internal sealed partial class WebhookService(WebhookDispatcher dispatcher, IOptions<SubscriptionOptions> options, ILogger<WebhookService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A broken database or data file must not stop the worker: the next poll tries again.
                LogRunFailed(e);
            }
            try
            {
                await dispatcher.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The webhook worker's run failed")]
    private partial void LogRunFailed(Exception exception);
}
