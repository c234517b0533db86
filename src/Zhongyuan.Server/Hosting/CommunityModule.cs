using Zhongyuan.Community;

namespace Zhongyuan.Server.Hosting;

/// <summary>Interaction and feedback: the showcase, data requests, ratings and comments.</summary>
internal static class CommunityModule
{
    public static void AddZhongyuanCommunity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ShowcaseStore>();
        services.AddSingleton<DataRequestStore>();
        services.AddSingleton<FeedbackStore>();
        services.AddSingleton<ShowcaseService>();
        services.AddSingleton<DataRequestService>();
        services.AddSingleton<FeedbackService>();
    }
}
