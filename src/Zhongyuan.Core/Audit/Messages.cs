using Zhongyuan.Localization;

namespace Zhongyuan.Audit;

/// <summary>The sentences of verification results.</summary>
internal static class Messages
{
    public static LocalizedText Altered(long seq) => new(
        $"第 {seq} 条审计事件的内容已被篡改（与其哈希不符）",
        $"Audit event {seq} was altered: its content no longer matches its hash");

    public static LocalizedText Gap(long from, long to) => from == to
        ? new($"第 {from} 条审计事件已被删除", $"Audit event {from} was removed")
        : new($"第 {from}–{to} 条审计事件已被删除", $"Audit events {from}–{to} were removed");

    public static LocalizedText Moved(long seq) => new(
        $"第 {seq} 条审计事件的位置被改动（未链接到前一条事件）",
        $"Audit event {seq} was reordered: it does not link to the event before it");

    public static LocalizedText Rewritten(long from, long checkpoint) => new(
        $"第 {from}–{checkpoint} 条审计事件被改写：与第 {checkpoint} 条处的签名检查点不符",
        $"Audit events {from}–{checkpoint} were rewritten: the chain does not match the signed checkpoint at {checkpoint}");

    public static LocalizedText TailRemoved(long from, long checkpoint) => new(
        $"第 {from} 条起的审计事件已被删除（签名检查点记录到第 {checkpoint} 条）",
        $"Audit events from {from} were removed (a signed checkpoint covers up to {checkpoint})");

    public static LocalizedText PrunedEarly(long anchor) => new(
        $"第 {anchor} 条及之前的审计事件在最短保存期（{AuditOptions.MinimumRetentionDays} 天）届满前被删除",
        $"Audit events up to {anchor} were removed before the minimum retention of {AuditOptions.MinimumRetentionDays} days");

    public static LocalizedText BadCheckpoint(long seq) => new(
        $"第 {seq} 条处的检查点签名无效（不是本节点 SM2 密钥的签名）",
        $"The checkpoint at {seq} has an invalid signature (not the node's SM2 key)");
}
