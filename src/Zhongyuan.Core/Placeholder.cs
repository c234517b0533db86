namespace Zhongyuan;

internal static class Placeholder;
