namespace Zhongyuan.Demo;

/// <summary>A providing department of the demo catalog with what it holds.</summary>
/// <param name="Name">The full name, e.g. 河南省公安厅.</param>
/// <param name="Tag">A short tag every entry of the provider carries, e.g. 公安.</param>
/// <param name="ShareCondition">The usual 共享条件 of its conditionally shared resources.</param>
/// <param name="Theme">The open-data theme of its open resources when their classification suggests none.</param>
/// <param name="Templates">The resources it holds.</param>
internal sealed record DemoProvider(
    string Name, string Tag, string ShareCondition, string Theme, IReadOnlyList<DemoTemplate> Templates);
