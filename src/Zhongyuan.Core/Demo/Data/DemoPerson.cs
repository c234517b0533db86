namespace Zhongyuan.Demo.Data;

/// <summary>One synthetic resident: indexes into the name and place tables, so a person costs no allocation.</summary>
/// <param name="Index">The 0-based row number in the persons data set.</param>
/// <param name="County">The index of the household-register county in <see cref="DemoPlaces.Counties"/>.</param>
/// <param name="Home">The household-register county itself (kept to spare a lookup per cell).</param>
/// <param name="Birth">The birth date.</param>
/// <param name="Sequence">The ID sequence number, 1–998: odd for a man, even for a woman.</param>
/// <param name="Surname">The index in <see cref="DemoNames.Surnames"/>.</param>
/// <param name="Given1">The index of the first given-name character in the male or female list.</param>
/// <param name="Given2">The index of the second one; -1 for a one-character given name.</param>
/// <param name="Nation">The index in <see cref="DemoNames.Nations"/>.</param>
/// <param name="Town">The index in <see cref="DemoPlaces.Towns"/>.</param>
/// <param name="Place">Picks the road or village of the address.</param>
/// <param name="HouseNumber">The house number.</param>
/// <param name="Registered">The date the record was registered.</param>
internal readonly record struct DemoPerson(
    long Index, int County, DemoCounty Home, DateOnly Birth, int Sequence, int Surname, int Given1, int Given2, int Nation,
    int Town, int Place, int HouseNumber, DateOnly Registered)
{
    /// <summary>Whether the person is a man (odd sequence number).</summary>
    public bool Male => (Sequence & 1) == 1;

    /// <summary>The age in whole years on <paramref name="day"/>.</summary>
    public int AgeOn(DateOnly day)
    {
        var (year, month, dayOfMonth) = day;
        var (birthYear, birthMonth, birthDay) = Birth;
        return year - birthYear - (month < birthMonth || (month == birthMonth && dayOfMonth < birthDay) ? 1 : 0);
    }

    /// <summary>The day the person turns <paramref name="years"/> (28 February for a 29 February birthday in a common year).</summary>
    public DateOnly Turns(int years) => Birth.AddYears(years);

    /// <summary>Writes the valid 18-character ID number into 18 characters.</summary>
    public void WriteId(Span<char> destination) => DemoResidentIds.Write(destination, Home.Code, Birth, Sequence);

    /// <summary>The valid 18-character ID number.</summary>
    public string Id()
    {
        Span<char> id = stackalloc char[18];
        WriteId(id);
        return new string(id);
    }
}
