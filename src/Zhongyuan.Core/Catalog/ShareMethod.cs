using Zhongyuan.Localization;

namespace Zhongyuan.Catalog;

/// <summary>共享方式: how a consumer receives shared data.</summary>
public enum ShareMethod
{
    /// <summary>Queried through the platform's API.</summary>
    [Label("接口", "API")] Api,

    /// <summary>Table exchange: a subscription to change sets (库表交换).</summary>
    [Label("库表", "Database table")] Table,

    /// <summary>Downloaded as files.</summary>
    [Label("文件", "File")] File,
}
