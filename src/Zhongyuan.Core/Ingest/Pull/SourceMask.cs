using Npgsql;

namespace Zhongyuan.Ingest.Pull;

/// <summary>Hides passwords in connection strings and URLs before they are shown, logged or stored as a job's source.</summary>
public static class SourceMask
{
    /// <summary>The mask that replaces a secret.</summary>
    public const string Hidden = "****";

    /// <summary>
    /// A URL with the password of its user info masked (<c>postgres://zy:****@host/db</c>), or a keyword connection
    /// string with its password masked; text that is neither is masked whole.
    /// </summary>
    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && text.Contains("://", StringComparison.Ordinal))
        {
            return MaskUrl(uri);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            if (builder.Password is not null)
            {
                builder.Password = Hidden;
            }
            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            return Hidden;
        }
    }

    private static string MaskUrl(Uri uri)
    {
        var user = uri.UserInfo.Split(':', 2);
        var prefix = uri.UserInfo.Length == 0 ? "" : user.Length == 2 ? $"{user[0]}:{Hidden}@" : $"{user[0]}@";
        var rest = (uri.IsDefaultPort || uri.Port < 0 ? uri.Host : $"{uri.Host}:{uri.Port}") + uri.AbsolutePath;
        var query = uri.Query.Length == 0 ? "" : "?" + string.Join('&', uri.Query.TrimStart('?').Split('&').Select(MaskParameter));
        return $"{uri.Scheme}://{prefix}{rest}{query}";
    }

    // A password given as a query parameter (postgres://host/db?password=…) is as secret as one in the user info.
    private static string MaskParameter(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return name.Equals("password", StringComparison.OrdinalIgnoreCase) || name.Equals("pwd", StringComparison.OrdinalIgnoreCase)
            ? $"{name}={Hidden}" : pair;
    }
}
