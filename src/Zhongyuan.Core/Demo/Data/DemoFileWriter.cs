using System.Text;

namespace Zhongyuan.Demo.Data;

/// <summary>
/// The base of a data set writer: opens the file in its encoding, writes the header, and gives the subclass a
/// <see cref="NoisyRow"/> and its own random stream (named after the file, so adding a data set never shifts
/// another one's values).
/// </summary>
internal abstract class DemoFileWriter : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly CsvRowWriter _csv;

    /// <summary>Creates <see cref="DemoDataFile.FileName"/> in <paramref name="directory"/> and writes its header.</summary>
    protected DemoFileWriter(DemoDataFile file, string directory, int seed)
    {
        File = file;
        Random = new DemoRandom(seed, file.FileName);
        var stream = new FileStream(Path.Combine(directory, file.FileName), FileMode.Create, FileAccess.Write, FileShare.None, BufferSize);
        _csv = new CsvRowWriter(new StreamWriter(stream, EncodingOf(file.Encoding), BufferSize), file.NewLine);
        _csv.Header(file.Columns);
        Row = new NoisyRow(_csv, Random, file.DateStyle);
    }

    /// <summary>The file being written.</summary>
    public DemoDataFile File { get; }

    /// <summary>The rows written so far.</summary>
    public long Rows => _csv.Rows;

    /// <summary>The data set's own random stream.</summary>
    protected DemoRandom Random { get; }

    /// <summary>Writes cells with noise.</summary>
    protected NoisyRow Row { get; }

    /// <summary>The writer under <see cref="Row"/>, for composed cells.</summary>
    protected CsvRowWriter Csv => _csv;

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose()
    {
        _csv.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The .NET encoding of a manifest encoding name.</summary>
    /// <exception cref="ArgumentException">The name is not one of <c>utf-8</c>, <c>utf-8-bom</c>, <c>gb18030</c>.</exception>
    public static Encoding EncodingOf(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name switch
        {
            "utf-8" => new UTF8Encoding(false),
            "utf-8-bom" => new UTF8Encoding(true),
            "gb18030" => Encoding.GetEncoding(54936),
            _ => throw new ArgumentException($"Unknown demo encoding {name}.", nameof(name)),
        };
    }

    /// <summary>Appends a person's household-register address.</summary>
    protected void AppendAddress(in DemoPerson p)
    {
        var county = p.Home;
        Csv.Append(county.Prefix);
        DemoPlaces.AppendLocal(Csv, county, p.Town, p.Place, p.HouseNumber);
    }

    /// <summary>A cell with a person's name.</summary>
    protected void Name(in DemoPerson p)
    {
        if (Row.Begin())
        {
            DemoNames.Append(Csv, p);
            Row.End();
        }
    }
}
