using Spectre.Console;

namespace Zhongyuan.Cli.Output;

/// <summary>Table columns; codes and identifiers never wrap, so they stay copyable on a narrow terminal.</summary>
internal static class TableColumns
{
    public static TableColumn Fixed(string header) => new TableColumn(Markup.Escape(header)).NoWrap();

    public static TableColumn Text(string header) => new(Markup.Escape(header));
}
