using DuckDB.NET.Data;
using Zhongyuan.Catalog;
using Zhongyuan.Crypto;
using Zhongyuan.Ingest;

namespace Zhongyuan.Sharing.Masking;

/// <summary>
/// The masking rules as DuckDB scalar functions, so that masking runs inside DuckDB's scans and every path that reads
/// through SQL (rows, counts, distinct values, profiles, every export format) masks the same way:
/// <c>zy_mask_id</c>, <c>zy_mask_name</c>, <c>zy_mask_phone</c>, <c>zy_mask_address</c>, <c>zy_mask_bankcard</c>
/// (VARCHAR → VARCHAR) and <c>zy_pseudonym</c> (VARCHAR value, VARCHAR grant key in hex → VARCHAR). Null in, null out.
/// The key is an argument rather than part of the function, so one registration serves every grant and concurrent
/// requests never share mutable state.
/// </summary>
public static class MaskingFunctions
{
    /// <summary>The pseudonym function: <c>zy_pseudonym(value, key_hex)</c>.</summary>
    public const string Pseudonym = "zy_pseudonym";

    private static readonly Lazy<DuckDBConnection> ReaderFunctions = new(() =>
    {
        // Functions live in the database's catalog, shared by every reader connection; this connection stays open so
        // the callbacks it registered stay alive for the life of the process.
        var connection = DataPlane.OpenReader();
        Register(connection);
        return connection;
    });

    /// <summary>The function masking values by <paramref name="rule"/>, or null for <see cref="MaskingRule.None"/> and <see cref="MaskingRule.Redact"/>.</summary>
    public static string? FunctionOf(MaskingRule rule) => rule switch
    {
        MaskingRule.IdNumber => "zy_mask_id",
        MaskingRule.Name => "zy_mask_name",
        MaskingRule.Phone => "zy_mask_phone",
        MaskingRule.Address => "zy_mask_address",
        MaskingRule.BankCard => "zy_mask_bankcard",
        MaskingRule.Pseudonym => Pseudonym,
        _ => null,
    };

    /// <summary>A reader connection (<see cref="DataPlane.OpenReader"/>) on which the masking functions are available.</summary>
    public static DuckDBConnection OpenReader()
    {
        _ = ReaderFunctions.Value;
        return DataPlane.OpenReader();
    }

    /// <summary>Registers the functions in the database of <paramref name="duck"/> (once per database: it fails if they exist).</summary>
    public static void Register(DuckDBConnection duck)
    {
        ArgumentNullException.ThrowIfNull(duck);
        foreach (var rule in new[] { MaskingRule.IdNumber, MaskingRule.Name, MaskingRule.Phone, MaskingRule.Address, MaskingRule.BankCard })
        {
            RegisterText(duck, FunctionOf(rule)!, v => Masks.Apply(rule, v));
        }
        RegisterPseudonym(duck);
    }

#pragma warning disable DuckDBNET001 // Scalar functions are marked experimental in DuckDB.NET; the API is stable in 1.5.
    private static void RegisterText(DuckDBConnection duck, string name, Func<string, string?> mask) =>
        duck.RegisterScalarFunction<string, string>(name, (readers, writer, rows) =>
        {
            var input = readers[0];
            for (ulong row = 0; row < rows; row++)
            {
                if (input.IsValid(row) && mask(input.GetValue<string>(row)) is { } masked)
                {
                    writer.WriteValue(masked, row);
                }
                else
                {
                    writer.WriteNull(row);
                }
            }
        }, new ScalarFunctionOptions { IsPureFunction = true });

    private static void RegisterPseudonym(DuckDBConnection duck) =>
        duck.RegisterScalarFunction<string, string, string>(Pseudonym, (readers, writer, rows) =>
        {
            // One MAC per chunk: chunks run on several threads at once and a MAC is not thread-safe.
            string? keyHex = null;
            Sm3Hmac? mac = null;
            for (ulong row = 0; row < rows; row++)
            {
                if (!readers[0].IsValid(row) || !readers[1].IsValid(row))
                {
                    writer.WriteNull(row);
                    continue;
                }
                var key = readers[1].GetValue<string>(row);
                if (mac is null || !string.Equals(key, keyHex, StringComparison.Ordinal))
                {
                    (keyHex, mac) = (key, new Sm3Hmac(Convert.FromHexString(key)));
                }
                writer.WriteValue(Pseudonyms.Of(mac, readers[0].GetValue<string>(row)), row);
            }
        }, new ScalarFunctionOptions { IsPureFunction = true });
#pragma warning restore DuckDBNET001
}
