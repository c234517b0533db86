using Npgsql;

namespace Zhongyuan.Tests.Storage;

public sealed class PostgresClusterTests
{
    [Fact]
    public async Task CreateDatabaseAsync_CalledTwice_ReturnsDistinctWorkingDatabases()
    {
        var first = await PostgresCluster.Shared.CreateDatabaseAsync("cluster_test");
        var second = await PostgresCluster.Shared.CreateDatabaseAsync("cluster_test");

        var (firstVersion, firstName) = await VersionAndDatabaseAsync(first);
        var (secondVersion, secondName) = await VersionAndDatabaseAsync(second);

        Assert.Contains("PostgreSQL", firstVersion, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", secondVersion, StringComparison.Ordinal);
        Assert.StartsWith("cluster_test_", firstName, StringComparison.Ordinal);
        Assert.NotEqual(firstName, secondName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("semi;colon")]
    [InlineData("a_prefix_that_is_far_too_long_to_fit_in_a_name")]
    public async Task CreateDatabaseAsync_BadPrefix_Throws(string prefix) =>
        await Assert.ThrowsAsync<ArgumentException>(() => PostgresCluster.Shared.CreateDatabaseAsync(prefix));

    private static async Task<(string Version, string Database)> VersionAndDatabaseAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version(), current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1));
    }
}
