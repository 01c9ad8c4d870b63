"""Small statistics without SciPy (not installed on the Debian CPU machines)."""
import numpy


def ranks(values):
    """1-based ranks, ties sharing their average rank."""
    values = numpy.asarray(values, dtype=float)
    order = numpy.argsort(values, kind="mergesort")
    ranked = numpy.empty(len(values))
    position = 0
    while position < len(values):
        end = position
        while end + 1 < len(values) and values[order[end + 1]] == values[order[position]]:
            end += 1
        ranked[order[position:end + 1]] = (position + end) / 2.0 + 1.0
        position = end + 1
    return ranked


def spearman(x, y):
    """Spearman's ρ: Pearson correlation of the ranks; 0 where either side is constant."""
    rx, ry = ranks(x) - (len(x) + 1) / 2.0, ranks(y) - (len(y) + 1) / 2.0
    denominator = numpy.sqrt((rx * rx).sum() * (ry * ry).sum())
    return float((rx * ry).sum() / denominator) if denominator > 0 else 0.0


def tertile_means(values, by):
    """Mean of `values` within the lower, middle and upper third of `by` (sizes differ by at most one)."""
    order = numpy.argsort(numpy.asarray(by, dtype=float), kind="mergesort")
    values = numpy.asarray(values, dtype=float)
    return [float(values[part].mean()) if len(part) else None for part in numpy.array_split(order, 3)]
