using System.Globalization;

namespace ImportBench;

/// <summary>Command-line options of the import benchmark.</summary>
internal sealed record BenchOptions(int Rows, int Runs, bool Shuffle, bool Profile, bool Keep)
{
    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions(1_000_000, 3, Shuffle: false, Profile: true, Keep: false);
        for (var i = 0; i < args.Length; i++)
        {
            o = args[i] switch
            {
                "--rows" => o with { Rows = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--runs" => o with { Runs = Math.Max(1, int.Parse(args[++i], CultureInfo.InvariantCulture)) },
                "--shuffle" => o with { Shuffle = true },
                "--no-profile" => o with { Profile = false },
                "--keep" => o with { Keep = true },
                _ => throw new ArgumentException("unknown option " + args[i] + " (use --rows N, --runs N, --shuffle, --no-profile, --keep)"),
            };
        }

        return o;
    }
}
