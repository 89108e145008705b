namespace Dashboard.Web.Cli;

/// <summary>Switches that take no value, so <c>--json file.csv</c> does not read the file name as the switch's value.</summary>
public static class CliOptions
{
    private static readonly string[] Switches = ["json", "quiet", "progress"];

    public static (List<string> Positional, bool Json) Split(CliArgs args)
    {
        var positional = new List<string>(args.Positional);
        foreach (var name in Switches)
        {
            if (args.Option(name) is { } swallowed)
            {
                positional.Insert(0, swallowed);
            }
        }

        return (positional, args.Flag("json"));
    }
}
