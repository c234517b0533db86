namespace Zhongyuan.Ingest.Sources;

/// <summary>Receives one whole top-level JSON object of a source and its 1-based number (array element or line).</summary>
internal delegate void JsonObjectHandler(ReadOnlySpan<byte> json, long number);
