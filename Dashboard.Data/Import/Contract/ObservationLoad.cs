using System.Collections.Concurrent;
using System.Security.Cryptography;
using Dashboard.Data.Import.Formats;
using Dashboard.Data.Import.Store;

namespace Dashboard.Data.Import.Contract;

/// <summary>
/// Streams one observations file into the store as a two-stage pipeline: a background thread reads, parses and
/// validates rows (and, in a folder import, checks keys for duplicates) while the calling thread inserts the rows
/// that passed. Only the background thread touches the error list until it has finished, so errors keep file order.
/// </summary>
internal static class ObservationLoad
{
    // Few rows in flight: rows waiting in the queue outlive a gen-0 collection and are copied into gen 1, so a short
    // queue keeps collections cheap (8 × 2048 rows in flight cost about a tenth more wall time on 2 cores).
    private const int BatchSize = 1024;
    private const int BatchesInFlight = 3;

    /// <summary>
    /// Returns the number of rows inserted. With <c>keys</c>, duplicates are found in memory (the table has no unique
    /// index during a folder load); without, the store's unique index finds them on insert.
    /// </summary>
    public static long Load(Stream stream, string display, string datasetId, ReferenceSet refs, ObservationWriter writer, ErrorList errors,
        ObservationKeySet? keys) => Load(stream, display, datasetId, refs, writer, errors, keys, hash: null);

    /// <summary>As above; the reading thread also feeds the file's bytes to <paramref name="hash"/> (its content hash).</summary>
    public static long Load(Stream stream, string display, string datasetId, ReferenceSet refs, ObservationWriter writer, ErrorList errors,
        ObservationKeySet? keys, IncrementalHash? hash)
    {
        var dataset = keys?.AddDataset(datasetId) ?? 0;
        using var queue = new BlockingCollection<List<ParsedObservation>>(BatchesInFlight);
        using var cancel = new CancellationTokenSource();
        var producer = Task.Factory.StartNew(
            () => Produce(stream, display, refs, errors, keys, hash, dataset, queue, cancel.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        long rows = 0;
        var rejected = new List<ImportError>();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable(cancel.Token))
            {
                if (keys is not null)
                {
                    writer.InsertMany(datasetId, batch);
                    rows += batch.Count;
                    continue;
                }

                foreach (var row in batch)
                {
                    var existing = writer.Insert(datasetId, row.Observation, row.Period, row.Line);
                    if (existing is null)
                    {
                        rows++;
                    }
                    else
                    {
                        rejected.Add(ImportError.At(display, row.Line, "period", row.Observation.Period, ObservationRules.Duplicate(row.Observation, existing)));
                    }
                }
            }
        }
        catch
        {
            // Stop the reader (it may be blocked on a full queue) before the exception leaves.
            cancel.Cancel();
            Wait(producer);
            throw;
        }

        producer.GetAwaiter().GetResult();
        foreach (var error in rejected)
        {
            errors.Add(error);
        }

        return rows;
    }

    private static void Produce(Stream stream, string display, ReferenceSet refs, ErrorList errors, ObservationKeySet? keys, IncrementalHash? hash, int dataset,
        BlockingCollection<List<ParsedObservation>> queue, CancellationToken token)
    {
        try
        {
            if (!CsvTableReader.TryOpenText(stream, display, errors, hash, out var text))
            {
                return;
            }

            var batch = new List<ParsedObservation>(BatchSize);
            var rules = new ObservationRules(refs);
            using var reader = text;
            foreach (var p in ContractTables.Rows(reader, display, TableColumns.Observations, errors))
            {
                if (token.IsCancellationRequested)
                {
                    return;
                }

                if (ObservationRows.Parse(p, rules) is not { } parsed)
                {
                    continue;
                }

                if (keys?.Add(dataset, parsed.Observation, p.Row.Line) is { } existing)
                {
                    p.Fail("period", parsed.Observation.Period, ObservationRules.Duplicate(parsed.Observation, existing));
                    continue;
                }

                if (keys is not null && errors.HasErrors)
                {
                    // The import will fail and duplicates are found here: writing more rows would only be rolled back.
                    continue;
                }

                batch.Add(new ParsedObservation(parsed.Observation, parsed.Period, p.Row.Line));
                if (batch.Count == BatchSize)
                {
                    queue.Add(batch, token);
                    batch = new List<ParsedObservation>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                queue.Add(batch, token);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private static void Wait(Task producer)
    {
        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // The consumer's exception is the one to report.
        }
    }
}
