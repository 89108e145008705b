using Dashboard.Data.Model;

namespace Dashboard.Data.Import.Formats;

/// <summary>
/// Applies the data contract's rules to what a reader produced: the definitions a file brings (sources, indicators,
/// entities) and every observation (known references, counterpart ≠ entity, value in the indicator's range,
/// <c>derived_from</c> when derived). Errors name the file, the line the value came from and the contract column.
/// </summary>
public static class DatasetContentValidator
{
    /// <summary>Adds an error per broken rule; returns the references including the content's own definitions.</summary>
    public static ReferenceSet Validate(DatasetContent content, ReferenceSet existing, string display, ErrorList errors)
    {
        foreach (var s in content.Sources)
        {
            if (!RowParser.IsSlug(s.Id))
            {
                errors.Add(ImportError.At(display, 0, "source", s.Id, "is not a valid source id (use lower-case letters, digits and '-')"));
            }

            if (string.IsNullOrWhiteSpace(s.Citation))
            {
                errors.Add(ImportError.At(display, 0, "source", s.Id, "has no citation"));
            }
        }

        foreach (var i in content.Indicators)
        {
            if (!RowParser.IsSlug(i.Id))
            {
                errors.Add(ImportError.At(display, 0, "indicator", i.Id, "is not a valid indicator id (use lower-case letters, digits and '-')"));
            }

            if (string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.Unit) || string.IsNullOrWhiteSpace(i.Description))
            {
                errors.Add(ImportError.At(display, 0, "indicator", i.Id, "needs a name, a unit and a description"));
            }

            if (!ContractTables.Dimensions.Contains(i.Dimension) || !ContractTables.ChartKinds.Contains(i.ChartKind))
            {
                errors.Add(ImportError.At(display, 0, "indicator", i.Id, "has an unknown dimension or chart kind"));
            }
        }

        foreach (var e in content.Entities)
        {
            var valid = e.Kind switch
            {
                "country" => ContractTables.IsIsoAlpha3(e.Code),
                "other" => ContractTables.IsEntityCode(e.Code),
                _ => false,
            };
            if (!valid || string.IsNullOrWhiteSpace(e.Name))
            {
                errors.Add(ImportError.At(display, 0, "entity", e.Code,
                    "is not a valid entity (a country needs an ISO 3166-1 alpha-3 code; other codes: upper-case letters, digits and '-', at most 16)"));
            }
        }

        var refs = new ReferenceSet(
            existing.Indicators.Values.Concat(content.Indicators),
            existing.Entities.Concat(content.Entities.Select(e => e.Code)),
            existing.Sources.Concat(content.Sources.Select(s => s.Id)));
        foreach (var p in content.Observations)
        {
            Check(p, refs, display, errors);
        }

        return refs;
    }

    private static void Check(ParsedObservation p, ReferenceSet refs, string display, ErrorList errors)
    {
        var o = p.Observation;
        void Fail(string column, string? value, string rule) => errors.Add(ImportError.At(display, p.Line, column, value, rule));

        Known("indicator", o.IndicatorId, refs.IndicatorIds, "indicator");
        Known("entity", o.EntityCode, refs.Entities, "entity");
        if (o.CounterpartCode is not null)
        {
            Known("counterpart", o.CounterpartCode, refs.Entities, "entity");
            if (o.CounterpartCode == o.EntityCode)
            {
                Fail("counterpart", o.CounterpartCode, "is the same as entity");
            }
        }

        Known("source", o.SourceId, refs.Sources, "source");
        if (string.IsNullOrWhiteSpace(o.Locator))
        {
            Fail("locator", null, "is required but empty");
        }

        if (!ContractTables.Bases.Contains(o.Basis))
        {
            Fail("basis", o.Basis, "is not one of: " + string.Join(", ", ContractTables.Bases));
        }
        else if (o.Basis == "derived" && string.IsNullOrWhiteSpace(o.DerivedFrom))
        {
            Fail("derived_from", null, "is required when basis is 'derived' (say from which file and how)");
        }

        if (!Period.TryParse(o.Period, out _, out var periodError))
        {
            Fail("period", o.Period, periodError);
        }

        if (!double.IsFinite(o.Value))
        {
            Fail("value", null, "is not a finite number");
        }
        else if (refs.Indicators.TryGetValue(o.IndicatorId, out var indicator)
                 && ((indicator.MinValue is { } lo && o.Value < lo) || (indicator.MaxValue is { } hi && o.Value > hi)))
        {
            Fail("value", ReaderSupport.Format(o.Value), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"is out of range for '{indicator.Id}' ({indicator.Unit}) ({indicator.MinValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-∞"} to {indicator.MaxValue?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "∞"})"));
        }

        void Known(string column, string value, IReadOnlySet<string> known, string what)
        {
            if (string.IsNullOrEmpty(value))
            {
                Fail(column, null, "is required but empty");
            }
            else if (!known.Contains(value))
            {
                Fail(column, value, $"is not a known {what}");
            }
        }
    }
}
