namespace Zhongyuan.Demo.Data;

/// <summary>
/// Writes 最低生活保障对象信息 in GB18030 with CRLF, as the civil affairs systems export it: about one adult per
/// hundred, more often in rural counties, with urban (城市低保) or rural (农村低保) support by the county kind. The
/// monthly benefit is the local standard less the household's income per head, times the household size; the bank
/// card number passes the Luhn check.
/// </summary>
internal sealed class PovertyReliefWriter(string directory, int seed) : DemoFileWriter(DemoDataFiles.PovertyRelief, directory, seed)
{
    private const int UrbanStandard = 690;
    private const int RuralStandard = 470;
    private static readonly DateOnly _firstDay = new(2015, 1, 1);
    private static readonly string[] _banks = ["622991", "621700", "622848", "621226", "623059"];

    /// <summary>Writes <paramref name="p"/>'s support record, if any.</summary>
    public void Offer(in DemoPerson p)
    {
        var urban = p.Home.IsUrban;
        if (p.AgeOn(DemoPopulation.AsOf) < 18 || !Random.Chance(urban ? 0.006 : 0.016))
        {
            return;
        }
        var standard = urban ? UrbanStandard : RuralStandard;
        var income = Random.Next(0, standard - 100);
        var members = Random.Next(1, 6);
        Row.Id(p, key: true);
        Name(p);
        if (Row.Begin())
        {
            AppendAddress(p);
            Row.End();
        }
        Row.Text(urban ? "城市低保" : "农村低保");
        Row.Number(income, "F2");
        Row.Number(members);
        Row.Number((standard - income) * members, "F2");
        Row.Date(Random.Day(p.Birth.DayNumber > _firstDay.DayNumber ? p.Birth : _firstDay, DemoPopulation.AsOf));
        BankCard();
        Row.EndRow();
    }

    private void BankCard()
    {
        if (!Row.Begin())
        {
            return;
        }
        Span<char> card = stackalloc char[19];
        Random.Pick(_banks).CopyTo(card);
        DemoResidentIds.WriteDigits(card[6..12], Random.Next(1_000_000));
        DemoResidentIds.WriteDigits(card[12..18], Random.Next(1_000_000));
        card[18] = LuhnDigit(card[..18]);
        Csv.Append(card);
        Row.End();
    }

    private static char LuhnDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return (char)('0' + (10 - sum % 10) % 10);
    }
}
