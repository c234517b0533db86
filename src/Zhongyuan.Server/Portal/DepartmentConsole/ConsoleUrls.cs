namespace Zhongyuan.Server.Portal.DepartmentConsole;

/// <summary>The addresses of the console's resource pages.</summary>
internal static class ConsoleUrls
{
    public static string Edit(string code) => "/console/resources/" + Uri.EscapeDataString(code) + "/edit";

    public static string Data(string code) => "/console/resources/" + Uri.EscapeDataString(code) + "/data";

    public static string Request(string code) => "/console/requests/new?resource=" + Uri.EscapeDataString(code);
}
