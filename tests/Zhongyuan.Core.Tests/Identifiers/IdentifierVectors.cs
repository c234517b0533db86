using System.Globalization;
using Zhongyuan.Demo.Data;
using Zhongyuan.Identifiers;

namespace Zhongyuan.Tests.Identifiers;

/// <summary>Generated valid identifiers for the tests (and the benchmark), deterministic per seed.</summary>
internal static class IdentifierVectors
{
    /// <summary>The day the generated numbers are checked on.</summary>
    public static readonly DateOnly Today = new(2026, 11, 30);

    /// <summary>Region codes an ID may carry: every current listed place, and counties of other provinces accepted through their prefecture.</summary>
    public static IReadOnlyList<string> Regions { get; } = BuildRegions();

    /// <summary>Valid 18-character resident ID numbers across <see cref="Regions"/> and birth dates from 1900 to <see cref="Today"/>, whose region was in force in the birth year.</summary>
    public static List<string> ResidentIds(int count, int seed = 1)
    {
        var random = new Random(seed);
        var ids = new List<string>(count);
        Span<char> id = stackalloc char[18];
        while (ids.Count < count)
        {
            var region = Regions[random.Next(Regions.Count)];
            var birth = DateOnly.FromDayNumber(random.Next(new DateOnly(1900, 1, 1).DayNumber, Today.DayNumber + 1));
            var (from, _) = NationalRegions.IdentifierValidity(int.Parse(region, CultureInfo.InvariantCulture));
            if (from is { } year && birth.Year < year)
            {
                continue;
            }

            DemoResidentIds.Write(id, region, birth, random.Next(1, 1000));
            ids.Add(new string(id));
        }

        return ids;
    }

    /// <summary>Valid unified social credit codes over every known authority/type pair, many regions and random organisation codes.</summary>
    public static List<string> CreditCodes(int count, int seed = 1)
    {
        string[] types = ["11", "12", "13", "19", "21", "31", "32", "35", "41", "51", "52", "53", "59", "61", "62", "71", "72", "81", "91", "92", "93", "A1", "N1", "N2", "N3", "Y1"];
        var random = new Random(seed);
        var codes = new List<string>(count);
        Span<char> body = stackalloc char[8];
        for (var i = 0; i < count; i++)
        {
            var type = types[random.Next(types.Length)];
            for (var j = 0; j < body.Length; j++)
            {
                body[j] = UnifiedSocialCreditCode.Charset[random.Next(UnifiedSocialCreditCode.Charset.Length)];
            }

            codes.Add(UnifiedSocialCreditCode.Create(type[0], type[1], Regions[random.Next(Regions.Count)], new string(body)));
        }

        return codes;
    }

    private static List<string> BuildRegions()
    {
        var listed = NationalRegions.All.Where(r => r.IsCurrent && !r.IsGrouping && r.Code % 10_000 != 0)
            .Select(r => r.Code.ToString("D6", CultureInfo.InvariantCulture));
        // Counties outside Henan are not listed; 01–30 under each listed prefecture are accepted through it.
        var fallback = NationalRegions.All.Where(r => r.IsCurrent && r.Code % 100 == 0 && r.Code % 10_000 != 0 && r.Code / 10_000 != 41)
            .SelectMany(r => new[] { r.Code + 2, r.Code + 21, r.Code + 81 })
            .Select(c => c.ToString("D6", CultureInfo.InvariantCulture));
        return [.. listed.Concat(fallback)];
    }
}
