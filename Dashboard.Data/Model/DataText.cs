namespace Dashboard.Data.Model;

/// <summary>
/// A data text in another language (<c>data/i18n/{culture}.csv</c>): the translation of an indicator's name, unit or
/// description, a group's name or a dimension's name. Keys: <c>indicator.{id}.name</c>, <c>indicator.{id}.unit</c>,
/// <c>indicator.{id}.description</c>, <c>entity.{code}.name</c>, <c>dimension.{name}</c>.
/// </summary>
public sealed record DataText(string Culture, string Key, string Text);
