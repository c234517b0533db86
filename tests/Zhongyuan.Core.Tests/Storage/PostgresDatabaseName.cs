namespace Zhongyuan.Tests.Storage;

/// <summary>Unique database names for <see cref="PostgresCluster.CreateDatabaseAsync"/>.</summary>
internal static class PostgresDatabaseName
{
    // PostgreSQL truncates identifiers at 63 bytes; the suffix is '_' plus 32 hex digits.
    private const int MaxPrefixLength = 63 - 33;

    /// <summary>Returns <paramref name="prefix"/> (or <c>zy</c>) followed by a fresh GUID.</summary>
    /// <exception cref="ArgumentException">The prefix is empty, too long or not <c>[a-z0-9_]</c>.</exception>
    public static string Create(string? prefix)
    {
        prefix ??= "zy";
        if (prefix.Length is 0 or > MaxPrefixLength || !prefix.All(IsAllowed))
        {
            throw new ArgumentException(
                $"A database name prefix is 1 to {MaxPrefixLength} characters of [a-z0-9_]: '{prefix}'.",
                nameof(prefix));
        }
        return $"{prefix}_{Guid.NewGuid():N}";
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_';
}
