using Zhongyuan.Catalog;
using Zhongyuan.Storage;

namespace Zhongyuan.Ingest.Pull;

/// <summary>Validates a pull source before it is stored.</summary>
public static class PullSourceRules
{
    /// <summary>The source with its query normalised, or the broken rules (field names as in the API body).</summary>
    public static (PullSource? Source, IReadOnlyList<FieldError> Errors) Validate(PullSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind == PullKind.Postgres ? ValidatePostgres(source) : ValidateHttp(source);
    }

    private static (PullSource?, IReadOnlyList<FieldError>) ValidatePostgres(PullSource source)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(source.Connection))
        {
            errors.Add(FieldError.Of("connection", "required", "请填写源数据库的连接（postgres:// 地址或连接字符串）", "Give the source database (a postgres:// URL or a connection string)"));
        }
        else if (!IsConnection(source.Connection))
        {
            errors.Add(FieldError.Of("connection", "invalid_value", "连接应为 postgres://用户:密码@主机:端口/数据库 或 Host=…;Database=… 形式的连接字符串", "The connection must be postgres://user:password@host:port/db or a Host=…;Database=… connection string"));
        }
        var (query, queryError) = PullQuery.Check(source.Query);
        if (queryError is not null)
        {
            errors.Add(queryError);
        }
        return errors.Count > 0 ? (null, errors) : (source with { Query = query, Url = null, HeaderName = null, HeaderValue = null }, errors);
    }

    private static (PullSource?, IReadOnlyList<FieldError>) ValidateHttp(PullSource source)
    {
        var errors = new List<FieldError>();
        if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(FieldError.Of("url", "invalid_value", "数据地址应为 http:// 或 https:// 开头的完整地址", "The url must be an absolute http:// or https:// address"));
        }
        if (source.HeaderName is { } name && (name.Length == 0 || !name.All(IsTokenChar)))
        {
            errors.Add(FieldError.Of("header.name", "invalid_value", "请求头名称只能包含字母、数字和 - _ 等符号", "The header name may hold letters, digits and - _ only"));
        }
        if (source.HeaderName is not null && string.IsNullOrEmpty(source.HeaderValue))
        {
            errors.Add(FieldError.Of("header.value", "required", "请填写请求头的值", "Give the header value"));
        }
        return errors.Count > 0 ? (null, errors) : (source with { Connection = null, Query = null }, errors);
    }

    private static bool IsConnection(string text)
    {
        try
        {
            PostgresUrl.ToConnectionString(text);
            return true;
        }
        catch (Exception e) when (e is FormatException or UriFormatException or ArgumentException)
        {
            return false;
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
