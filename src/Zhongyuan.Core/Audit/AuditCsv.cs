using System.Globalization;

namespace Zhongyuan.Audit;

/// <summary>The CSV form of audit events (RFC 4180 quoting; text that a spreadsheet would run as a formula is prefixed with ').</summary>
internal static class AuditCsv
{
    public const string Header =
        "序号 seq,时间 at,用户ID user_id,用户名 username,角色 role,部门ID department_id,应用ID application_id,IP ip,操作 action," +
        "资源代码 resource_code,信息项 items,行数 row_count,筛选条件 filter,授权ID grant_id,用途 purpose,结果 result,说明 detail,主体数 subjects,哈希 hash";

    public static string Line(AuditRecord r) => string.Join(',',
        N(r.Seq), r.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture), N(r.UserId), Q(r.Username), Q(r.Role),
        N(r.DepartmentId), N(r.ApplicationId), Q(r.Ip), Q(r.Action), Q(r.ResourceCode), Q(string.Join('|', r.Items)), N(r.RowCount),
        Q(r.Filter), N(r.GrantId), Q(r.Purpose), Q(r.Result.ToString().ToLowerInvariant()), Q(r.Detail), N(r.SubjectCount), r.Hash);

    private static string N(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Q(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        text = Ingest.Export.FormulaGuard.Neutralise(text);
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
