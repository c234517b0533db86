namespace Zhongyuan.Crypto;

/// <summary>Key files in the data directory: created once with owner-only permissions (0600 on Unix), then read.</summary>
internal static class KeyFiles
{
    /// <summary>
    /// The bytes of <paramref name="path"/>, or, when it does not exist, <paramref name="create"/>'s bytes written
    /// to a new file with mode 0600. When another process creates the file at the same time, its bytes win.
    /// </summary>
    public static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var bytes = create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
            return bytes;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }
}
