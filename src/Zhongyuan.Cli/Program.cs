return await Zhongyuan.Cli.Cli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
