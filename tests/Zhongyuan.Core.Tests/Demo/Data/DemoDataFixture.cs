using nietras.SeparatedValues;
using Zhongyuan.Demo.Data;

namespace Zhongyuan.Tests.Demo.Data;

/// <summary>One generation of 20,000 persons shared by the data tests, in a temp directory removed afterwards.</summary>
public sealed class DemoDataFixture : IDisposable
{
    public const int Persons = 20_000;

    public DemoDataFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "zy-demo-data-" + Guid.NewGuid().ToString("N"));
        Sets = DemoDataGenerator.Generate(Directory, 2026, Persons);
    }

    public string Directory { get; }

    internal IReadOnlyList<DemoDataSet> Sets { get; }

    internal DemoDataSet Set(string fileName) => Sets.Single(s => s.FileName == fileName);

    /// <summary>The header and the rows of a file, cells unescaped and untrimmed.</summary>
    internal (IReadOnlyList<string> Header, List<string[]> Rows) Read(string fileName) => ReadFile(Path.Combine(Directory, fileName), Set(fileName).Encoding);

    internal static (IReadOnlyList<string> Header, List<string[]> Rows) ReadFile(string path, string encoding)
    {
        using var text = new StreamReader(path, DemoFileWriter.EncodingOf(encoding), detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(text);
        var header = reader.Header.ColNames.ToList();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }
            rows.Add(cells);
        }
        return (header, rows);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
