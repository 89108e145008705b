namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Picks a text table's delimiter among ',', ';', tab and '|' from its first records (quotes respected): the one that
/// splits the most records into the same number (two or more) of fields, counting only half when the first record
/// (usually the header) disagrees. A file that no candidate splits is read with ','.
/// </summary>
public static class DelimiterSniffer
{
    public static readonly char[] Candidates = [',', ';', '\t', '|'];

    private const int MaxRecords = 100;

    public static char Detect(string sample)
    {
        var best = ',';
        var bestScore = 0.0;
        var bestWidth = 0;
        foreach (var candidate in Candidates)
        {
            var widths = Widths(sample, candidate);
            var mode = widths.Where(w => w >= 2).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault();
            if (mode is null)
            {
                continue;
            }

            var score = (double)mode.Count();
            if (widths[0] != mode.Key)
            {
                score /= 2;
            }

            if (score > bestScore || (score == bestScore && mode.Key > bestWidth))
            {
                (best, bestScore, bestWidth) = (candidate, score, mode.Key);
            }
        }

        return best;
    }

    /// <summary>The number of fields of each non-blank record of the sample (the last one only if it is complete).</summary>
    public static List<int> Widths(string sample, char delimiter)
    {
        var widths = new List<int>();
        int fields = 1, i = 0;
        var quoted = false;
        var blank = true;
        while (i < sample.Length && widths.Count < MaxRecords)
        {
            var c = sample[i++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i < sample.Length && sample[i] == '"')
                    {
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }

                continue;
            }

            if (c == '"')
            {
                quoted = true;
                blank = false;
            }
            else if (c == delimiter)
            {
                fields++;
                blank = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i < sample.Length && sample[i] == '\n')
                {
                    i++;
                }

                if (!blank)
                {
                    widths.Add(fields);
                }

                fields = 1;
                blank = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                blank = false;
            }
        }

        if (widths.Count == 0 && !blank && !quoted)
        {
            widths.Add(fields);
        }

        if (widths.Count == 0)
        {
            widths.Add(1);
        }

        return widths;
    }
}
