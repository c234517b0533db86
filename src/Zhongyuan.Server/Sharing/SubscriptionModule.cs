using Zhongyuan.Sharing.Subscriptions;

namespace Zhongyuan.Server.Sharing;

/// <summary>Subscriptions (库表交换): the store, the change feed and the webhook worker.</summary>
internal static class SubscriptionModule
{
    public static void AddZhongyuanSubscriptions(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SubscriptionOptions>().BindConfiguration(SubscriptionOptions.Section);
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<SubscriptionAudit>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookService>();
        // Webhook receivers are outside the platform: no redirects (a 3xx must not lead the data elsewhere), no cookies.
        services.AddHttpClient(WebhookDispatcher.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
    }
}
