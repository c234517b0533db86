using System.Globalization;
using Zhongyuan.Sharing.Access;

namespace Zhongyuan.Server.Portal;

/// <summary>How pages show moments: China time (UTC+8), whatever the server's time zone.</summary>
internal static class PortalTime
{
    /// <summary><c>yyyy-MM-dd HH:mm</c> in China time.</summary>
    public static string Minute(DateTimeOffset at) => at.ToOffset(ChinaDay.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>yyyy-MM-dd</c> in China time.</summary>
    public static string Day(DateTimeOffset at) => at.ToOffset(ChinaDay.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
