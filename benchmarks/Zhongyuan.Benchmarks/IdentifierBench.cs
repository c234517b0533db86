using System.Diagnostics;
using System.Globalization;
using System.Text;
using Zhongyuan.Demo.Data;
using Zhongyuan.Identifiers;

namespace Zhongyuan.Benchmarks;

/// <summary>
/// Single-thread validation rate of the identifier library (issue 4): <c>count</c> pre-generated valid resident ID
/// numbers (every listed current region and counties accepted through their prefecture, birth dates 1900–2026) and as
/// many unified social credit codes, each checked once per round on the calling thread; best and median of the rounds.
/// </summary>
internal static class IdentifierBench
{
    private static readonly DateOnly _today = new(2026, 11, 30);

    public static string Run(int count, int rounds)
    {
        var ids = ResidentIds(count);
        var codes = CreditCodes(count);
        var mobiles = ids.Select(id => "1" + id.Substring(7, 10)).Select(m => m[1] < '3' ? "13" + m[2..] : m).ToArray();
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"{count:N0} values per round, {rounds} rounds, one thread.");
        s.AppendLine();
        s.AppendLine("| check | best M/s | median M/s | ns per value (best) |");
        s.AppendLine("|---|---:|---:|---:|");
        Row(s, "`ResidentIdNumber.Check`", ids, rounds, id => ResidentIdNumber.Check(id, _today) == ResidentIdFailure.None);
        Row(s, "`ResidentIdNumber.Validate` (with the region-year warning)", ids, rounds, id => ResidentIdNumber.Validate(id, _today).IsValid);
        Row(s, "`UnifiedSocialCreditCode.CheckFast`", codes, rounds, code => UnifiedSocialCreditCode.CheckFast(code) is null);
        Row(s, "`PhoneNumber.IsMobile`", mobiles, rounds, mobile => PhoneNumber.IsMobile(mobile));
        return s.ToString();
    }

    private static void Row(StringBuilder s, string name, string[] values, int rounds, Func<string, bool> check)
    {
        var rates = new List<double>(rounds);
        for (var round = 0; round <= rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var valid = 0;
            foreach (var value in values)
            {
                valid += check(value) ? 1 : 0;
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (valid != values.Length)
            {
                throw new InvalidOperationException($"{name}: {values.Length - valid} generated values failed.");
            }

            if (round > 0) // round 0 warms up the tables and the JIT
            {
                rates.Add(values.Length / seconds / 1e6);
            }
        }

        var best = rates.Max();
        s.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {Measure.F(best)} | {Measure.F(Measure.Percentile(rates, 50))} | {Measure.F(1e3 / best, 1)} |");
        Console.Error.WriteLine($"identifiers: {name} best {Measure.F(best)} M/s");
    }

    private static string[] ResidentIds(int count)
    {
        var regions = Regions();
        var random = new Random(20_261_130);
        var ids = new string[count];
        Span<char> id = stackalloc char[18];
        for (var i = 0; i < count; i++)
        {
            var (region, from) = regions[random.Next(regions.Length)];
            var birth = DateOnly.FromDayNumber(random.Next(new DateOnly(Math.Max(from ?? 1900, 1900), 1, 1).DayNumber, _today.DayNumber + 1));
            DemoResidentIds.Write(id, region, birth, random.Next(1, 1000));
            ids[i] = new string(id);
        }

        return ids;
    }

    private static string[] CreditCodes(int count)
    {
        var regions = Regions();
        var random = new Random(20_261_131);
        var codes = new string[count];
        Span<char> body = stackalloc char[8];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < body.Length; j++)
            {
                body[j] = UnifiedSocialCreditCode.Charset[random.Next(UnifiedSocialCreditCode.Charset.Length)];
            }

            codes[i] = UnifiedSocialCreditCode.Create(random.Next(4) == 0 ? '5' : '9', random.Next(2) == 0 ? '1' : '2', regions[random.Next(regions.Length)].Code, new string(body));
        }

        return codes;
    }

    private static (string Code, int? From)[] Regions() =>
    [
        .. NationalRegions.All.Where(r => r.IsCurrent && !r.IsGrouping && r.Code % 10_000 != 0)
            .SelectMany(r => r.Code % 100 == 0 && r.Code / 10_000 != 41 ? [r.Code, r.Code + 2, r.Code + 21] : new[] { r.Code })
            .Select(code => (code.ToString("D6", CultureInfo.InvariantCulture), NationalRegions.IdentifierValidity(code).From)),
    ];
}
