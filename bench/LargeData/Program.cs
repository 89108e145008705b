using System.Globalization;
using Dashboard.Tests.Support;

// LargeData <data-folder> <entities> <months> <source-id>: appends LargeIndicatorData's indicator, entities and
// observations/bulk.csv (entities × months rows) to a copy of a data folder. Used by bench/answers.sh.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: LargeData <data-folder> <entities> <months> <source-id>");
    return 2;
}

var rows = LargeIndicatorData.AppendTo(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
Console.WriteLine(rows.ToString(CultureInfo.InvariantCulture));
return 0;
