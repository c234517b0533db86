using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Zhongyuan.Cli.Output;

/// <summary>
/// Where a command writes: Spectre renderables and raw JSON to standard output, messages to standard
/// error. Off a terminal (redirected, or a test's writer) output is plain text without ANSI codes.
/// </summary>
internal sealed class Terminal
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly TextWriter _output;

    private Terminal(TextWriter output, TextWriter error, IAnsiConsole console, Localizer text)
    {
        _output = output;
        Error = error;
        Console = console;
        Text = text;
    }

    public IAnsiConsole Console { get; }

    public TextWriter Error { get; }

    public Localizer Text { get; }

    public static Terminal Create(CliContext context, Localizer text)
    {
        var isTerminal = ReferenceEquals(context.Output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal && int.TryParse(context.Environment.Get("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 40)
        {
            console.Profile.Width = columns;
        }
        return new Terminal(context.Output, context.Error, console, text);
    }

    public void Write(IRenderable renderable) => Console.Write(renderable);

    public void Line(string markup) => Console.MarkupLine(markup);

    public void Json(JsonElement json) => _output.WriteLine(JsonSerializer.Serialize(json, Pretty));

    public void Fail(string message) => Error.WriteLine(message);
}
