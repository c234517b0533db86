namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 婚姻登记信息: a man and a woman of the persons set, both of legal age (22 and 20) on the registration day,
/// paired as they come: each drawn person waits for the next drawn person of the other sex of a suitable age
/// (the man up to eight years older or four years younger). About one record per
/// forty persons; the certificate number (J + county code + year + sequence) counts up per file.
/// </summary>
internal sealed class MarriageWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.Marriage, directory, seed)
{
    private const double Rate = 0.06;
    private static readonly DateOnly _firstDay = new(2003, 10, 1);
    private static readonly string[] _kinds = ["结婚登记", "离婚登记", "补发结婚证"];
    private DemoPerson? _waitingMan;
    private DemoPerson? _waitingWoman;
    private long _count;

    /// <summary>Pairs <paramref name="p"/> with a waiting person of the other sex, if drawn.</summary>
    public void Offer(in DemoPerson p)
    {
        if (p.AgeOn(DemoPopulation.AsOf) < (p.Male ? 22 : 20) || !Random.Chance(Rate))
        {
            return;
        }
        if (p.Male)
        {
            if (_waitingWoman is { } woman && Suits(p, woman))
            {
                _waitingWoman = null;
                Write(p, woman);
            }
            else
            {
                _waitingMan = p;
            }
        }
        else if (_waitingMan is { } man && Suits(man, p))
        {
            _waitingMan = null;
            Write(man, p);
        }
        else
        {
            _waitingWoman = p;
        }
    }

    private void Write(in DemoPerson husband, in DemoPerson wife)
    {
        var from = Later(Later(husband.Turns(22), wife.Turns(20)), _firstDay);
        var day = Random.Day(from, DemoPopulation.AsOf);
        var kind = Random.Next(100) switch { < 85 => 0, < 98 => 1, _ => 2 };
        var county = husband.Home;
        if (Row.Begin(key: true))
        {
            Csv.Append(kind == 1 ? 'L' : 'J');
            Csv.Append(county.Code);
            Csv.Append('-');
            Csv.AppendNumber(day.Year);
            Csv.Append('-');
            Csv.AppendDigits((int)(++_count % 1_000_000), 6);
            Row.End();
        }
        Name(husband);
        Row.Id(husband);
        Name(wife);
        Row.Id(wife);
        Row.Text(_kinds[kind]);
        Row.Date(day);
        Row.Text(county.Prefix[3..] + "民政局婚姻登记处");
        Row.EndRow();
    }

    private static bool Suits(in DemoPerson husband, in DemoPerson wife) => Math.Abs(wife.Birth.Year - husband.Birth.Year - 2) <= 6;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
