using Zhongyuan.Sharing;

namespace Zhongyuan.Server.Api;

/// <summary>An approved request and the grant made.</summary>
internal sealed record SharingApprovalBody(ShareRequest Request, Grant Grant);
