using System.Globalization;

namespace Zhongyuan.Regions;

internal sealed partial class RegionCatalog
{
    private const string Header = "code\tname\tlevel\tparent";

    private static List<Region> Parse(TextReader reader)
    {
        if (reader.ReadLine() is not { } header || !header.TrimStart('\uFEFF').Equals(Header, StringComparison.Ordinal))
        {
            throw new FormatException($"The first line must be the header \"{Header}\".");
        }

        var regions = new List<Region>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0)
            {
                regions.Add(ParseRow(line, lineNumber));
            }
        }

        return regions;
    }

    private static Region ParseRow(string line, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 4 || fields[1].Length == 0 || !IsCode(fields[0]) || (fields[3].Length > 0 && !IsCode(fields[3])))
        {
            throw RowError(lineNumber, "expected a 6-digit code, a name, a level and an empty or 6-digit parent code");
        }

        var level = ParseLevel(fields[2]) ?? throw RowError(lineNumber, $"unknown level \"{fields[2]}\"");
        var parent = fields[3].Length == 0 ? null : fields[3];
        if ((level == RegionLevel.Province) != (parent is null))
        {
            throw RowError(lineNumber, "a province has no parent, every other division has one");
        }

        return new Region(fields[0], fields[1], level, parent);
    }

    private static RegionLevel? ParseLevel(string level) => level switch
    {
        "province" => RegionLevel.Province,
        "city" => RegionLevel.City,
        "county" => RegionLevel.County,
        _ => null,
    };

    private static bool IsCode(string value) => value.Length == 6 && value.All(char.IsAsciiDigit);

    private static FormatException RowError(int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Region list line {lineNumber}: {problem}."));
}
