namespace Zhongyuan.Ingest.Export;

/// <summary>Export staging files: a unique path in a directory, copied to the output asynchronously, always deleted.</summary>
internal static class StagedFile
{
    /// <summary>A new unique path in <paramref name="directory"/> (the system temp directory when null).</summary>
    public static string NewPath(string? directory, string extension) =>
        Path.Combine(directory ?? Path.GetTempPath(), "zy-export-" + Guid.NewGuid().ToString("N") + extension);

    /// <summary>Copies the file to the output with asynchronous writes.</summary>
    public static async Task CopyAsync(string path, Stream output, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await file.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the file if it exists.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
