using Zhongyuan.Catalog;
using Zhongyuan.Server.Api;

namespace Zhongyuan.Server.Hosting;

/// <summary>JSON conventions, problem details, request errors and the OpenAPI document.</summary>
internal static class ApiModule
{
    public static void AddZhongyuanApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.ConfigureHttpJsonOptions(o => CatalogJson.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails();
        services.AddExceptionHandler<RequestErrorHandler>();
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "中原政务数据平台 API (Zhongyuan)";
            document.Info.Version = "v1";
            document.Info.Description = "政务信息资源目录、检索与管理接口。写操作需要 API 令牌：Authorization: Bearer zy_…";
            return Task.CompletedTask;
        }));
    }
}
