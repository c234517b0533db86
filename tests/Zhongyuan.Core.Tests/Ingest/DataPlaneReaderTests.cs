using Zhongyuan.Ingest;

namespace Zhongyuan.Tests.Ingest;

public sealed class DataPlaneReaderTests
{
    [Fact]
    public void SharedReaders_SpillUnderTheTempDirectory_NotTheCurrentDirectory()
    {
        foreach (var open in new Func<DuckDB.NET.Data.DuckDBConnection>[] { DataPlane.OpenReader, DataPlane.OpenLookupReader })
        {
            using var duck = open();
            using var c = duck.CreateCommand();
            c.CommandText = "SELECT current_setting('temp_directory')";

            var directory = (string)c.ExecuteScalar()!;

            Assert.StartsWith(DataPlane.ReaderSpillDirectory, directory, StringComparison.Ordinal);
            Assert.StartsWith(Path.GetTempPath(), directory, StringComparison.Ordinal);
        }
    }
}
