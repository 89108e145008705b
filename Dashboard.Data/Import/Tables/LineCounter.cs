namespace Dashboard.Data.Import.Tables;

/// <summary>
/// Line and character position in decoded text, counting CR LF, LF and a lone CR (classic Mac files) each as one line
/// break, also when a CR LF pair is split between two buffers.
/// </summary>
public struct LineCounter
{
    private bool _afterCr;

    public LineCounter()
    {
    }

    public int Line { get; private set; } = 1;

    /// <summary>1-based position of the next character in its line.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>Moves past one character.</summary>
    public void Advance(char c)
    {
        if (c == '\n')
        {
            if (!_afterCr)
            {
                Line++;
            }

            Column = 1;
            _afterCr = false;
        }
        else if (c == '\r')
        {
            Line++;
            Column = 1;
            _afterCr = true;
        }
        else
        {
            Column++;
            _afterCr = false;
        }
    }

    /// <summary>Moves past the text; stops before the first NUL character and returns false there.</summary>
    public bool AdvanceUntilNul(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return false;
            }

            Advance(c);
        }

        return true;
    }
}
